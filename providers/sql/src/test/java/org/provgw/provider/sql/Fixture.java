package org.provgw.provider.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.provgw.cisco.build.BuildInput;
import org.provgw.cisco.build.CiscoConfigRenderer;
import org.provgw.cisco.build.ConfigName;
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
import org.provgw.cisco.model.SpeedDial;
import org.provgw.cisco.model.Srst;
import org.provgw.cisco.model.UserLocale;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/**
 * The records the SQL tests write into the database, as model records: the expected files are
 * rendered from these records directly, so a test compares what came through SQL with what the
 * records make.
 */
final class Fixture {

    static final PhoneModel M7941 = new PhoneModel("Cisco 7941", 115);
    static final PhoneModel M7942 = new PhoneModel("Cisco 7942", 434);
    static final PhoneModel M7960 = new PhoneModel("Cisco 7960", 7);
    static final PhoneModel M8841 = new PhoneModel("Cisco 8841", 683);

    static final List<ModelDefault> MODELS = List.of(new ModelDefault(M7960, "P0030801SR02"),
            new ModelDefault(M7941, "SCCP41.9-4-2SR3-1S"), new ModelDefault(M7942, "SCCP42.9-4-2SR3-1S"),
            new ModelDefault(M8841, "sip88xx.14-2-1-0201-45"));

    static final ClusterSettings CLUSTER = new ClusterSettings(new ServiceUrls("http://192.0.2.40/auth",
            "http://192.0.2.40/dir", "", "http://192.0.2.40/info", "", "", "http://192.0.2.40/services"),
            BuildCnfPolicy.SELECTIVE, true, "HQ");

    static final CallManager CM1 = new CallManager("cm1", "192.0.2.11", "HQ publisher", CallManagerPorts.DEFAULTS);
    static final CallManager CM2 = new CallManager("cm2", "192.0.2.12", "", CallManagerPorts.DEFAULTS);
    static final CallManager CM3 = new CallManager("cm3", "198.51.100.11", "branch",
            new CallManagerPorts(2000, 5070, 5071, 2427, 2428));

    static final DevicePool HQ = new DevicePool("HQ",
            new DateTimeSetting("HQ Time", "M/D/YA", "Eastern Standard/Daylight Time", "America/New_York",
                    List.of("192.0.2.123", "192.0.2.124")),
            new CallManagerGroup("HQ Group", List.of(CM1, CM2)), Optional.empty());
    static final DevicePool BRANCH = new DevicePool("Branch",
            new DateTimeSetting("Branch Time", "D.M.Y", "W. Europe Standard/Daylight Time", "", List.of()),
            new CallManagerGroup("Branch Group", List.of(CM3)),
            Optional.of(new Srst("Branch SRST", "Enable", List.of("198.51.100.1", "198.51.100.2"), 2000, 5060)));

    static final UserLocale ENGLISH = new UserLocale("English_United_States", "en_US", "iso-8859-1");

    static final Device D01 = new Device(id("0011AABBCC01"), "Reception", M7941, DeviceProtocol.SCCP, "HQ",
            Optional.empty(), Optional.of(ENGLISH), Optional.of("United_States"), SecurityMode.NON_SECURE,
            new ServiceUrls("", "http://192.0.2.40/own-directory", "", "", "", "", ""), 0,
            Map.of("webAccess", "0", "pcPort", "1"), List.of(), List.of());
    static final Device D02 = new Device(id("0011AABBCC02"), "Sales & <Support>", M8841, DeviceProtocol.SIP, "Branch",
            Optional.empty(), Optional.empty(), Optional.of("Germany"), SecurityMode.AUTHENTICATED, ServiceUrls.NONE, 600,
            Map.of(), List.of(new SipLine(1, "4102", "Sales \"1\"", "Ann Sales", "4102", "s3cret"),
                    new SipLine(2, "4200", "Hunt", "Sales group", "", "")),
            List.of(new SpeedDial(1, "911", "Emergency"), new SpeedDial(3, "4101", "Reception")));
    static final Device D03 = new Device(id("0011AABBCC03"), "SIP 7960", M7960, DeviceProtocol.SIP, "HQ",
            Optional.of("P0S3-08-12-00"), Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE,
            ServiceUrls.NONE, 0, Map.of(), List.of(new SipLine(1, "4103", "4103", "Third", "4103", "pw")), List.of());
    static final Device D04 = new Device(id("0011AABBCC04"), "", M7942, DeviceProtocol.SCCP, "Branch",
            Optional.empty(), Optional.of(ENGLISH), Optional.empty(), SecurityMode.ENCRYPTED, ServiceUrls.NONE, 0,
            Map.of(), List.of(), List.of());

    static final List<Device> DEVICES = List.of(D01, D02, D03, D04);

    private Fixture() {
    }

    static DeviceId id(String mac) {
        return new DeviceId(DevicePrefix.SEP, mac);
    }

    /** Writes every record into a migrated, empty database. */
    static void write(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            RecordWriter writer = new RecordWriter(connection);
            writer.cluster(CLUSTER);
            for (ModelDefault model : MODELS) {
                writer.model(model);
            }
            writer.pool(HQ);
            writer.pool(BRANCH);
            for (Device device : DEVICES) {
                writer.device(device);
            }
            connection.commit();
        }
    }

    /** Every record at one time: what the database holds, as model records. */
    record State(ClusterSettings cluster, List<ModelDefault> models, Map<String, DevicePool> pools,
                 List<Device> devices) {
        State {
            models = List.copyOf(models);
            pools = Map.copyOf(pools);
            devices = List.copyOf(devices);
        }

        State withDevices(List<Device> changed) {
            return new State(cluster, models, pools, changed);
        }

        State withPool(DevicePool pool) {
            Map<String, DevicePool> changed = new TreeMap<>(pools);
            changed.put(pool.name(), pool);
            return new State(cluster, models, changed, devices);
        }
    }

    static final State INITIAL = new State(CLUSTER, MODELS, Map.of("HQ", HQ, "Branch", BRANCH), DEVICES);

    /** @return every file the fixture records make, rendered directly, by file name */
    static Map<String, byte[]> expectedFiles() {
        return expectedFiles(INITIAL);
    }

    /** @return every file the records of {@code state} make, rendered directly, by file name */
    static Map<String, byte[]> expectedFiles(State state) {
        CiscoConfigRenderer renderer = new CiscoConfigRenderer();
        Map<String, byte[]> files = new TreeMap<>();
        for (Device device : state.devices()) {
            BuildInput input = new BuildInput(Optional.of(device), Optional.of(state.pools().get(device.pool())),
                    state.cluster(), state.models());
            for (ConfigName name : List.of(new ConfigName.DeviceXml(device.id()), new ConfigName.DeviceCnf(device.id()),
                    new ConfigName.SipFirmwareCnf(device.id()))) {
                renderer.render(name, input).ifPresent(bytes -> files.put(name.fileName(), bytes));
            }
        }
        BuildInput clusterInput = new BuildInput(Optional.empty(),
                Optional.ofNullable(state.pools().get(state.cluster().autoRegistrationPool())), state.cluster(),
                state.models());
        renderer.render(new ConfigName.XmlDefault(), clusterInput).ifPresent(b -> files.put("XMLDefault.cnf.xml", b));
        renderer.render(new ConfigName.SipDefault(), clusterInput).ifPresent(b -> files.put("SIPDefault.cnf", b));
        return files;
    }
}
