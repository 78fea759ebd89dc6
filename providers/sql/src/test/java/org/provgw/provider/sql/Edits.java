package org.provgw.provider.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.UserLocale;

/** Copies of model records with one thing changed, mirroring what a test changes in the database. */
final class Edits {

    private Edits() {
    }

    static Device description(Device d, String description) {
        return new Device(d.id(), description, d.model(), d.protocol(), d.pool(), d.loadOverride(), d.userLocale(),
                d.networkLocale(), d.security(), d.urls(), d.idleTimeout(), d.vendorConfig(), d.lines(), d.speedDials());
    }

    static Device idleTimeout(Device d, int seconds) {
        return new Device(d.id(), d.description(), d.model(), d.protocol(), d.pool(), d.loadOverride(), d.userLocale(),
                d.networkLocale(), d.security(), d.urls(), seconds, d.vendorConfig(), d.lines(), d.speedDials());
    }

    static Device addLine(Device d, SipLine line) {
        List<SipLine> lines = new ArrayList<>(d.lines());
        lines.add(line);
        return new Device(d.id(), d.description(), d.model(), d.protocol(), d.pool(), d.loadOverride(), d.userLocale(),
                d.networkLocale(), d.security(), d.urls(), d.idleTimeout(), d.vendorConfig(), lines, d.speedDials());
    }

    static Device locale(Device d, UserLocale locale) {
        return new Device(d.id(), d.description(), d.model(), d.protocol(), d.pool(), d.loadOverride(),
                d.userLocale().map(l -> locale), d.networkLocale(), d.security(), d.urls(), d.idleTimeout(),
                d.vendorConfig(), d.lines(), d.speedDials());
    }

    static List<Device> replace(List<Device> devices, UnaryOperator<Device> edit, String mac) {
        return devices.stream().map(d -> d.id().mac().equals(mac) ? edit.apply(d) : d).toList();
    }

    static DevicePool callManagers(DevicePool pool, List<CallManager> members) {
        return new DevicePool(pool.name(), pool.dateTime(),
                new CallManagerGroup(pool.callManagers().name(), members), pool.srst());
    }

    static DevicePool ntp(DevicePool pool, List<String> servers) {
        DateTimeSetting dt = pool.dateTime();
        return new DevicePool(pool.name(), new DateTimeSetting(dt.name(), dt.dateTemplate(), dt.timeZone(),
                dt.olsonTimeZone(), servers), pool.callManagers(), pool.srst());
    }

    static DevicePool srstAddresses(DevicePool pool, List<String> addresses) {
        var s = pool.srst().orElseThrow();
        return new DevicePool(pool.name(), pool.dateTime(), pool.callManagers(),
                Optional.of(new org.provgw.cisco.model.Srst(s.name(), s.option(), addresses, s.sccpPort(), s.sipPort())));
    }

    static List<ModelDefault> load(List<ModelDefault> models, int typeCode, String load) {
        return models.stream().map(m -> m.model().typeCode() == typeCode ? new ModelDefault(m.model(), load) : m).toList();
    }
}
