package org.provgw.provider.sql.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.Srst;
import org.provgw.cisco.source.BadRecordException;

/** Maps the rows of {@code query.pool}, {@code query.pool-ntp-servers} and {@code query.pool-call-managers}. */
final class PoolRows {

    /** The columns of {@code query.pool}. */
    record Head(String dateTimeName, String dateTemplate, String timeZone, String olsonTimeZone, String groupName,
                Optional<Srst> srst) {
    }

    private PoolRows() {
    }

    static Head head(Row row) throws SQLException {
        Optional<Srst> srst = Optional.empty();
        Optional<String> srstName = row.optional("srst");
        if (srstName.isPresent()) {
            List<String> addresses = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                row.optional("srst_address_" + i).ifPresent(addresses::add);
            }
            srst = Optional.of(new Srst(srstName.get(), row.text("srst_option", "Disable"), addresses,
                    row.integer("srst_sccp_port", 2000), row.integer("srst_sip_port", 5060)));
        }
        return new Head(row.text("date_time_setting", ""), row.text("date_template"), row.text("time_zone"),
                row.text("olson_time_zone", ""), row.text("call_manager_group"), srst);
    }

    static CallManager callManager(Row row) throws SQLException {
        String address = row.text("address");
        CallManagerPorts ports = new CallManagerPorts(row.integer("sccp_port", 2000), row.integer("sip_port", 5060),
                row.integer("secure_sip_port", 5061), row.integer("mgcp_listen_port", 2427),
                row.integer("mgcp_keepalive_port", 2428));
        return new CallManager(row.text("name", address), address, row.text("description", ""), ports);
    }

    static DevicePool pool(String name, Head head, List<String> ntpServers, List<CallManager> callManagers)
            throws BadRecordException {
        try {
            return new DevicePool(name, new DateTimeSetting(head.dateTimeName(), head.dateTemplate(), head.timeZone(),
                    head.olsonTimeZone(), ntpServers), new CallManagerGroup(head.groupName(), callManagers), head.srst());
        } catch (IllegalArgumentException e) {
            throw new BadRecordException("device pool " + name, e.getMessage(), e);
        }
    }
}
