package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
import org.provgw.provider.sql.internal.SqlProvider;

/**
 * A PBX's own tables, which provgw must not change, mapped with configured queries only: phones
 * keyed by a lowercase MAC without prefix, sites holding two CallManagers in columns, an audit
 * table with a sequence as the change feed, constants for the cluster settings.
 */
@Timeout(60)
class ExistingSchemaTest {

    private static final String URL = "jdbc:h2:mem:pbx-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private static final String PHONE = "p.mac = LOWER(SUBSTRING(?, 4))";

    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("url", URL),
            Map.entry("poll-interval", "100ms"),
            Map.entry("change-log.retention", "0"),
            Map.entry("query.device", "SELECT p.label AS description, m.title AS model, p.model_code AS type_code,"
                    + " CASE WHEN p.sip THEN 'SIP' ELSE 'SCCP' END AS protocol, p.site AS device_pool,"
                    + " p.firmware AS load_override FROM pbx_phone p JOIN pbx_model m ON m.code = p.model_code"
                    + " WHERE " + PHONE),
            Map.entry("query.device-lines", "SELECT 1 AS button, p.ext AS directory_number, p.ext AS label,"
                    + " p.label AS display_name, p.ext AS auth_name, p.secret AS auth_password FROM pbx_phone p"
                    + " WHERE p.sip AND " + PHONE),
            Map.entry("query.device-speed-dials", "SELECT 1 AS position, '' AS dial_number FROM pbx_phone p"
                    + " WHERE 1 = 0 AND " + PHONE),
            Map.entry("query.device-settings", "SELECT 'x' AS setting_name FROM pbx_phone p WHERE 1 = 0 AND " + PHONE),
            Map.entry("query.pool", "SELECT site AS date_time_setting, 'D/M/Y' AS date_template, tz AS time_zone,"
                    + " site AS call_manager_group FROM pbx_site WHERE site = ?"),
            Map.entry("query.pool-ntp-servers", "SELECT ntp AS address FROM pbx_site WHERE site = ?"),
            Map.entry("query.pool-call-managers", "SELECT 0 AS priority, cm_primary AS address FROM pbx_site"
                    + " WHERE site = ? UNION ALL SELECT 1, cm_backup FROM pbx_site WHERE site = ? AND cm_backup IS NOT"
                    + " NULL ORDER BY priority"),
            Map.entry("query.cluster", "SELECT TRUE AS auto_registration, 'Main' AS auto_registration_pool,"
                    + " 'none' AS build_cnf"),
            Map.entry("query.models", "SELECT title AS name, code AS type_code, firmware AS default_load FROM pbx_model"
                    + " ORDER BY code"),
            Map.entry("query.devices", "SELECT 'SEP' || UPPER(mac) AS name FROM pbx_phone ORDER BY mac"),
            Map.entry("query.changes", "SELECT seq AS id, CASE tbl WHEN 'phone' THEN 'device' WHEN 'site' THEN 'pool'"
                    + " ELSE 'all' END AS kind, CASE tbl WHEN 'phone' THEN 'SEP' || UPPER(ref) ELSE ref END"
                    + " AS entity_key FROM pbx_audit WHERE seq > ? ORDER BY seq"),
            Map.entry("query.changes-start", "SELECT COALESCE(MAX(seq), 0) FROM pbx_audit"));

    @TempDir
    Path dir;

    @Test
    void servesWhatThePbxTablesHoldAndFollowsTheirAuditTable() throws Exception {
        try (Connection pbx = DriverManager.getConnection(URL)) {
            RecordWriter sql = new RecordWriter(pbx);
            sql.execute("CREATE TABLE pbx_model (code INT PRIMARY KEY, title VARCHAR(64), firmware VARCHAR(64))");
            sql.execute("CREATE TABLE pbx_site (site VARCHAR(32) PRIMARY KEY, cm_primary VARCHAR(64),"
                    + " cm_backup VARCHAR(64), ntp VARCHAR(64), tz VARCHAR(64))");
            sql.execute("CREATE TABLE pbx_phone (mac VARCHAR(12) PRIMARY KEY, model_code INT, site VARCHAR(32),"
                    + " label VARCHAR(64), firmware VARCHAR(64), ext VARCHAR(16), secret VARCHAR(32), sip BOOLEAN)");
            sql.execute("CREATE TABLE pbx_audit (seq BIGINT PRIMARY KEY, tbl VARCHAR(16), ref VARCHAR(64))");
            sql.execute("INSERT INTO pbx_model VALUES (115, 'Cisco 7941', 'SCCP41.9-4-2SR3-1S'),"
                    + " (683, 'Cisco 8841', 'sip88xx.14-2-1-0201-45')");
            sql.execute("INSERT INTO pbx_site VALUES ('Main', '10.0.0.1', '10.0.0.2', '10.0.0.123', 'GMT Standard/Daylight Time')");
            sql.execute("INSERT INTO pbx_phone VALUES ('0011aabbcc01', 115, 'Main', 'Desk', NULL, NULL, NULL, FALSE),"
                    + " ('0011aabbcc02', 683, 'Main', 'Lab', NULL, '7002', 'pw', TRUE)");

            try (SqlProvider provider = Providers.open(QUERIES, dir)) {
                assertArrayEquals(expected("10.0.0.1", 1), Served.fetch(provider, "SEP0011AABBCC02.cnf.xml").orElseThrow().content());
                assertEquals(List.of("SEP0011AABBCC01", "SEP0011AABBCC02"),
                        provider.listDevices().stream().map(d -> d.name()).toList());

                sql.execute("UPDATE pbx_site SET cm_primary = '10.0.0.9' WHERE site = 'Main'");
                sql.execute("INSERT INTO pbx_audit VALUES (1, 'site', 'Main')");
                byte[] moved = expected("10.0.0.9", 1);
                ChangeDetectionContract.assertEventually("the site change was not served", () -> java.util.Arrays.equals(
                        moved, Served.fetch(provider, "SEP0011AABBCC02.cnf.xml").orElseThrow().content()));
            }
        }
    }

    /** @return SEP0011AABBCC02.cnf.xml as the equivalent model records render it */
    private static byte[] expected(String primary, int lines) {
        DevicePool main = new DevicePool("Main", new DateTimeSetting("Main", "D/M/Y", "GMT Standard/Daylight Time", "",
                List.of("10.0.0.123")), new CallManagerGroup("Main", List.of(
                        new CallManager(primary, primary, "", CallManagerPorts.DEFAULTS),
                        new CallManager("10.0.0.2", "10.0.0.2", "", CallManagerPorts.DEFAULTS))), Optional.empty());
        PhoneModel model = new PhoneModel("Cisco 8841", 683);
        Device lab = new Device(Fixture.id("0011AABBCC02"), "Lab", model, DeviceProtocol.SIP, "Main", Optional.empty(),
                Optional.empty(), Optional.empty(), SecurityMode.NON_SECURE, ServiceUrls.NONE, 0, Map.of(),
                List.of(new SipLine(lines, "7002", "7002", "Lab", "7002", "pw")), List.of());
        ClusterSettings cluster = new ClusterSettings(ServiceUrls.NONE, BuildCnfPolicy.NONE, true, "Main");
        List<ModelDefault> models = List.of(new ModelDefault(new PhoneModel("Cisco 7941", 115), "SCCP41.9-4-2SR3-1S"),
                new ModelDefault(model, "sip88xx.14-2-1-0201-45"));
        return new CiscoConfigRenderer().render(new ConfigName.DeviceXml(lab.id()),
                new BuildInput(Optional.of(lab), Optional.of(main), cluster, models)).orElseThrow();
    }
}
