package org.provgw.cisco.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.SecurityMode;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/** Sample records for the serving-layer tests. */
final class Records {

    static final PhoneModel M7941 = new PhoneModel("Cisco 7941", 115);
    static final PhoneModel M7960 = new PhoneModel("Cisco 7960", 7);
    static final PhoneModel M8841 = new PhoneModel("Cisco 8841", 683);

    static final List<ModelDefault> MODELS = List.of(new ModelDefault(M7941, "SCCP41.9-4-2SR3-1S"),
            new ModelDefault(M7960, "P0030801SR02"), new ModelDefault(M8841, "sip88xx.14-2-1-0201-45"));

    static final ClusterSettings CLUSTER = cluster(BuildCnfPolicy.SELECTIVE, true);

    private Records() {
    }

    static ClusterSettings cluster(BuildCnfPolicy policy, boolean autoRegistration) {
        return new ClusterSettings(new ServiceUrls("", "http://192.0.2.40/dir", "", "", "", "", ""), policy,
                autoRegistration, "Site-A");
    }

    static DevicePool pool(String name, String... callManagers) {
        List<CallManager> members = java.util.Arrays.stream(callManagers)
                .map(a -> new CallManager("CM-" + a, a, "", CallManagerPorts.DEFAULTS)).toList();
        return new DevicePool(name, new DateTimeSetting("DT-" + name, "D/M/Y", "GMT Standard/Daylight Time", "",
                List.of("192.0.2.123")), new CallManagerGroup("G-" + name, members), Optional.empty());
    }

    static DeviceId id(String mac) {
        return new DeviceId(DevicePrefix.SEP, mac);
    }

    static Device sccp(String mac, PhoneModel model, String pool) {
        return new Device(id(mac), "phone " + mac, model, DeviceProtocol.SCCP, pool, Optional.empty(),
                Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE, ServiceUrls.NONE, 0, Map.of(), List.of(),
                List.of());
    }

    static Device sip(String mac, PhoneModel model, String pool, String dn) {
        return new Device(id(mac), "sip " + mac, model, DeviceProtocol.SIP, pool, Optional.empty(),
                Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE, ServiceUrls.NONE, 0, Map.of(),
                List.of(new SipLine(1, dn, "Line " + dn, "User " + dn, "", "secret")), List.of());
    }

    static Device withDescription(Device d, String description) {
        return new Device(d.id(), description, d.model(), d.protocol(), d.pool(), d.loadOverride(), d.userLocale(),
                d.networkLocale(), d.security(), d.urls(), d.idleTimeout(), d.vendorConfig(), d.lines(),
                d.speedDials());
    }

    static Device inPool(Device d, String pool) {
        return new Device(d.id(), d.description(), d.model(), d.protocol(), pool, d.loadOverride(), d.userLocale(),
                d.networkLocale(), d.security(), d.urls(), d.idleTimeout(), d.vendorConfig(), d.lines(),
                d.speedDials());
    }

    /** Two pools, four devices: two SCCP 7941 in Site-A, a SIP 7960 in Site-A, a SIP 8841 in Site-B. */
    static MemorySource standardSource() {
        return new MemorySource(CLUSTER, MODELS)
                .put(pool("Site-A", "192.0.2.11", "192.0.2.12"))
                .put(pool("Site-B", "198.51.100.11"))
                .put(sccp("0011AABBCC01", M7941, "Site-A"))
                .put(sccp("0011AABBCC02", M7941, "Site-A"))
                .put(sip("0011AABBCC03", M7960, "Site-A", "4103"))
                .put(sip("0011AABBCC04", M8841, "Site-B", "4104"));
    }
}
