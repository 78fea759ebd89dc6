package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.UserLocale;
import org.provgw.provider.sql.internal.SqlProvider;

/**
 * Change detection through the shipped schema's triggers, on one database: every kind of change
 * an administrator makes (a device, its lines, a CallManager, an NTP server, a model's load, a
 * user locale, an SRST reference, a group member, a deletion, an insertion, the cluster) is served
 * at the next poll exactly as the changed records render, rebuilding exactly the devices it
 * affects, while every other file keeps its bytes and version. Subclasses pick the database.
 */
@Timeout(180)
abstract class ChangeDetectionContract {

    private static final Duration CONVERGE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    TestDatabase database;
    SqlProvider provider;
    private Fixture.State state = Fixture.INITIAL;
    private final Set<String> names = new TreeSet<>();

    abstract TestDatabase database(Path directory);

    /** @return extra settings for the provider under test */
    Map<String, String> extraSettings() {
        return Map.of("poll-interval", "100ms");
    }

    @BeforeEach
    void open() throws Exception {
        database = database(dir);
        Providers.open(database.settings(), dir).close();
        Fixture.write(database);
        Map<String, String> settings = database.settings();
        settings.put("negative-cache.ttl", "1h");
        settings.putAll(extraSettings());
        provider = Providers.open(settings, dir);
        names.addAll(Fixture.expectedFiles().keySet());
    }

    @AfterEach
    void close() {
        if (provider != null) {
            provider.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void eachChangeRebuildsExactlyTheFilesItAffects() throws Exception {
        converge(0, "the fixture");
        UserLocale british = new UserLocale("English_United_States", "en_GB", "iso-8859-1");

        change("a device's idle timeout", 1, s -> s.withDevices(Edits.replace(s.devices(),
                d -> Edits.idleTimeout(d, 300), "0011AABBCC01")),
                "UPDATE device SET idle_timeout = 300 WHERE name = 'SEP0011AABBCC01'");
        change("a line added to a SIP phone", 1, s -> s.withDevices(Edits.replace(s.devices(),
                d -> Edits.addLine(d, new SipLine(3, "4300", "Night", "", "", "")), "0011AABBCC02")),
                "INSERT INTO sip_line (device, button, directory_number, label) VALUES ('SEP0011AABBCC02', 3, '4300',"
                        + " 'Night')");
        change("the address of a CallManager of the Branch group only", 2,
                s -> s.withPool(Edits.callManagers(s.pools().get("Branch"), List.of(new org.provgw.cisco.model.CallManager(
                        "cm3", "198.51.100.99", "branch", Fixture.CM3.ports())))),
                "UPDATE call_manager SET address = '198.51.100.99' WHERE name = 'cm3'");
        change("an NTP server of the HQ date/time setting (HQ devices and XMLDefault)", 3,
                s -> s.withPool(Edits.ntp(s.pools().get("HQ"), List.of("192.0.2.125", "192.0.2.124"))),
                "UPDATE ntp_server SET address = '192.0.2.125' WHERE date_time_setting = 'HQ Time' AND position = 1");
        change("the default load of one model (its device and XMLDefault)", 2,
                s -> new Fixture.State(s.cluster(), Edits.load(s.models(), 115, "SCCP41.9-4-4SR1-1S"), s.pools(),
                        s.devices()),
                "UPDATE phone_model SET default_load = 'SCCP41.9-4-4SR1-1S' WHERE type_code = 115");
        change("a user locale (the two devices that use it)", 2, s -> s.withDevices(s.devices().stream()
                        .map(d -> Edits.locale(d, british)).toList()),
                "UPDATE user_locale SET language_code = 'en_GB' WHERE name = 'English_United_States'");
        change("an SRST reference (the Branch devices)", 2,
                s -> s.withPool(Edits.srstAddresses(s.pools().get("Branch"), List.of("198.51.100.7", "198.51.100.2"))),
                "UPDATE srst SET address_1 = '198.51.100.7' WHERE name = 'Branch SRST'");
        change("a member leaving the HQ group (HQ devices and XMLDefault)", 3,
                s -> s.withPool(Edits.callManagers(s.pools().get("HQ"), List.of(Fixture.CM1))),
                "DELETE FROM call_manager_group_member WHERE group_name = 'HQ Group' AND priority = 1");
        change("a device deleted", 1, s -> s.withDevices(s.devices().stream()
                        .filter(d -> !d.id().mac().equals("0011AABBCC03")).toList()),
                "DELETE FROM sip_line WHERE device = 'SEP0011AABBCC03'",
                "DELETE FROM device WHERE name = 'SEP0011AABBCC03'");
        Device added = Edits.description(new Device(Fixture.id("0011AABBCC05"), "new", Fixture.M7942,
                org.provgw.cisco.model.DeviceProtocol.SCCP, "HQ", java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), org.provgw.cisco.model.SecurityMode.NON_SECURE, ServiceUrls.NONE, 0, Map.of(),
                List.of(), List.of()), "added");
        // the phone asks before it is added, as a new phone does: its first build would otherwise
        // read the new row before the poll, and the poll's rebuild fall into the next step's count
        names.add("SEP0011AABBCC05.cnf.xml");
        change("a device added", 1, s -> {
            List<Device> devices = new ArrayList<>(s.devices());
            devices.add(added);
            return s.withDevices(devices);
        }, "INSERT INTO device (name, description, model, protocol, device_pool) VALUES ('SEP0011AABBCC05', 'added',"
                + " 'Cisco 7942', 'SCCP', 'HQ')");
        ClusterSettings cluster = new ClusterSettings(new ServiceUrls("http://192.0.2.40/auth", "http://192.0.2.40/dir",
                "", "http://192.0.2.40/info", "", "", "http://192.0.2.41/services"), Fixture.CLUSTER.buildCnf(), true, "HQ");
        // everything: the four devices, the cluster files, and the deleted device, asked for again
        // since a cluster change also forgets which devices were found missing
        change("the cluster settings (everything)", 6, s -> new Fixture.State(cluster, s.models(), s.pools(),
                s.devices()), "UPDATE cluster_settings SET services_url = 'http://192.0.2.41/services' WHERE id = 1");
    }

    @Test
    void aChangeCommittedAfterALaterOneIsStillSeen() throws Exception {
        converge(0, "the fixture");
        try (Connection slow = database.connect(); Connection quick = database.connect()) {
            slow.setAutoCommit(false);
            new RecordWriter(slow).execute("UPDATE device SET idle_timeout = 11 WHERE name = 'SEP0011AABBCC01'");
            change("a device changed by a later transaction that commits first", 1,
                    s -> s.withDevices(Edits.replace(s.devices(), d -> Edits.idleTimeout(d, 22), "0011AABBCC04")),
                    quick, "UPDATE device SET idle_timeout = 22 WHERE name = 'SEP0011AABBCC04'");
            slow.commit();
        }
        state = state.withDevices(Edits.replace(state.devices(), d -> Edits.idleTimeout(d, 11), "0011AABBCC01"));
        converge(1, "the earlier transaction, committed last");
    }

    private void change(String what, int rebuilt, UnaryOperator<Fixture.State> edit, String... sql) throws Exception {
        try (Connection connection = database.connect()) {
            change(what, rebuilt, edit, connection, sql);
        }
    }

    private void change(String what, int rebuilt, UnaryOperator<Fixture.State> edit, Connection connection,
                        String... sql) throws Exception {
        Map<String, Served> before = Served.fetchAll(provider, names);
        long builds = provider.stats().builds();
        RecordWriter writer = new RecordWriter(connection);
        for (String statement : sql) {
            writer.execute(statement);
        }
        state = edit.apply(state);
        Map<String, byte[]> expected = Fixture.expectedFiles(state);
        names.addAll(expected.keySet());
        Map<String, Served> after = awaitServed(expected, what);
        assertEquals(rebuilt, provider.stats().builds() - builds, what + ": devices (and cluster files) rebuilt");
        for (Map.Entry<String, Served> file : after.entrySet()) {
            Served old = before.get(file.getKey());
            if (old != null && java.util.Arrays.equals(old.content(), file.getValue().content())) {
                assertEquals(old.version(), file.getValue().version(), what + ": " + file.getKey() + " kept its version");
            }
        }
    }

    private void converge(int rebuilt, String what) throws Exception {
        long builds = provider.stats().builds();
        awaitServed(Fixture.expectedFiles(state), what);
        if (rebuilt > 0) {
            assertEquals(rebuilt, provider.stats().builds() - builds, what + ": rebuilt");
        }
    }

    private Map<String, Served> awaitServed(Map<String, byte[]> expected, String what) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        Map<String, Served> served;
        do {
            served = Served.fetchAll(provider, names);
            if (Served.same(served, expected)) {
                return served;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        Set<String> wrong = new TreeSet<>(expected.keySet());
        wrong.addAll(served.keySet());
        Map<String, Served> last = served;
        wrong.removeIf(n -> last.containsKey(n) && expected.containsKey(n)
                && java.util.Arrays.equals(expected.get(n), last.get(n).content()));
        return fail(what + ": not served as the records render within " + CONVERGE + "; differing: " + wrong);
    }

    static void assertEventually(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (!condition.call()) {
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(50);
        }
    }
}
