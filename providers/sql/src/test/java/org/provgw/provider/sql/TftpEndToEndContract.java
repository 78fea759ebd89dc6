package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.Gateway;
import org.provgw.gateway.GatewaySetup;
import org.provgw.tftp.client.BlockSink;
import org.provgw.tftp.client.ClientSettings;
import org.provgw.tftp.client.LoadGenerator;
import org.provgw.tftp.client.LoadPlan;
import org.provgw.tftp.client.RequestOptions;
import org.provgw.tftp.client.TransferResult;

/**
 * The SQL provider in a real gateway, fetched from over TFTP by real clients, with the database
 * behind a relay the test can cut: rows changed during the run, the database stopped mid-run, and
 * a storm of requests while a device pool keeps changing. Subclasses pick the database.
 */
@Timeout(180)
abstract class TftpEndToEndContract {

    private static final Pattern VERSION_STAMP = Pattern.compile("<versionStamp>([^<]+)</versionStamp>");
    private static final Duration CONVERGE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private ProxiedDatabase database;
    private GatewaySetup setup;
    private Gateway gateway;
    private InetSocketAddress tftp;

    abstract ProxiedDatabase database(Path directory) throws Exception;

    @BeforeEach
    void start() throws Exception {
        database = database(dir);
        // the schema and the records first, so that the gateway starts on a quiet change log:
        // what it builds is kept until a test changes a row
        Providers.open(new HashMap<>(database.providerSettings()), dir).close();
        try (Connection connection = database.connect()) {
            Fixture.write(connection);
        }
        List<String> lines = new ArrayList<>(List.of("providers = sql", "provider.sql.type = sql",
                "provider.sql.poll-interval = 100ms", "provider.sql.retry-interval = 200ms",
                "provider.sql.pool.connect-timeout = 1s", "provider.sql.pool.validation-timeout = 500ms",
                "provider.sql.query-timeout = 2s", "tftp.listen = 127.0.0.1:0", "tftp.timeout = 500ms"));
        database.providerSettings().forEach((key, value) -> lines.add("provider.sql." + key + " = " + value));
        Path config = Files.write(dir.resolve("provgw.properties"), lines);
        setup = GatewaySetup.load(config, Optional.empty());
        gateway = setup.newGateway();
        gateway.start();
        tftp = gateway.boundAddresses().get("tftp").get(0);
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        if (setup != null) {
            setup.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aChangedRowIsServedAtTheNextRequestsWithANewVersionStampAndTheOthersKeepTheirs() throws Exception {
        byte[] changedBefore = fetch("SEP0011AABBCC02.cnf.xml");
        byte[] otherBefore = fetch("SEP0011AABBCC01.cnf.xml");
        try (Connection connection = database.connect()) {
            new RecordWriter(connection).execute("UPDATE sip_line SET display_name = 'Ann Seller' WHERE device ="
                    + " 'SEP0011AABBCC02' AND button = 1");
        }
        Fixture.State changed = Fixture.INITIAL.withDevices(Edits.replace(Fixture.INITIAL.devices(), d -> {
            List<org.provgw.cisco.model.SipLine> lines = new ArrayList<>(d.lines());
            var first = lines.get(0);
            lines.set(0, new org.provgw.cisco.model.SipLine(1, first.directoryNumber(), first.label(), "Ann Seller",
                    first.authName(), first.authPassword()));
            return new org.provgw.cisco.model.Device(d.id(), d.description(), d.model(), d.protocol(), d.pool(),
                    d.loadOverride(), d.userLocale(), d.networkLocale(), d.security(), d.urls(), d.idleTimeout(),
                    d.vendorConfig(), lines, d.speedDials());
        }, "0011AABBCC02"));
        byte[] expected = Fixture.expectedFiles(changed).get("SEP0011AABBCC02.cnf.xml");

        byte[] changedAfter = awaitFetch("SEP0011AABBCC02.cnf.xml", expected);

        assertNotEquals(versionStamp(changedBefore), versionStamp(changedAfter));
        assertTrue(new String(changedAfter, StandardCharsets.UTF_8).contains("Ann Seller"));
        byte[] otherAfter = fetch("SEP0011AABBCC01.cnf.xml");
        assertArrayEquals(otherBefore, otherAfter, "an unchanged device keeps its file");
        assertEquals(versionStamp(otherBefore), versionStamp(otherAfter));
    }

    @Test
    void withTheDatabaseStoppedCachedFilesAreServedAndAFileNeverBuiltGetsError0() throws Exception {
        byte[] cached = fetch("SEP0011AABBCC01.cnf.xml");
        byte[] xmlDefault = fetch("XMLDefault.cnf.xml");
        try (Connection connection = database.connect()) {
            new RecordWriter(connection).execute("UPDATE device SET idle_timeout = 77 WHERE name = 'SEP0011AABBCC01'");
        }
        database.stop();

        for (int i = 0; i < 3; i++) {
            assertArrayEquals(xmlDefault, fetch("XMLDefault.cnf.xml"), "cached, database stopped");
            byte[] lastKnownGood = fetch("SEP0011AABBCC01.cnf.xml");
            assertTrue(Arrays.equals(cached, lastKnownGood)
                    || new String(lastKnownGood, StandardCharsets.UTF_8).contains("<idleTimeout>77</idleTimeout>"),
                    "the file built before the stop, or after the change if the poll saw it first");
        }
        IOException refused = assertThrows(IOException.class, () -> fetch("SEP0011AABBCC03.cnf.xml"));
        assertTrue(refused.getMessage().startsWith("Error code 0"), refused.getMessage());
        assertThrows(IOException.class, () -> fetch("no-such-file.bin"), "and what no provider has is still not found");

        database.restart();
        awaitFetch("SEP0011AABBCC03.cnf.xml", Fixture.expectedFiles().get("SEP0011AABBCC03.cnf.xml"));
        assertTrue(new String(awaitFetchContaining("SEP0011AABBCC01.cnf.xml", "<idleTimeout>77</idleTimeout>"),
                StandardCharsets.UTF_8).contains("<idleTimeout>77</idleTimeout>"), "the change made while it was down");
    }

    @Test
    void aStormOfRequestsWhileThePoolChangesGetsOnlyWholeRenderingsOfOneState() throws Exception {
        List<String> names = List.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC03.cnf.xml", "SIP0011AABBCC03.cnf",
                "XMLDefault.cnf.xml");
        List<String> addresses = new ArrayList<>();
        Map<String, Set<String>> valid = new HashMap<>();
        names.forEach(name -> valid.put(name, ConcurrentHashMap.newKeySet()));
        addRenderings(valid, Fixture.INITIAL);
        for (int i = 0; i < 10; i++) {
            String address = "192.0.2." + (130 + i);
            addresses.add(address);
            addRenderings(valid, Fixture.INITIAL.withPool(Edits.ntp(Fixture.HQ, List.of(address, "192.0.2.124"))));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean storming = new AtomicBoolean(true);
        // join() rethrows what the changer threw, so a failed UPDATE cannot pass as "no change seen".
        java.util.concurrent.CompletableFuture<Void> changer = new java.util.concurrent.CompletableFuture<>();
        new Thread(() -> {
            try {
                changePool(addresses, storming);
                changer.complete(null);
            } catch (RuntimeException e) {
                changer.completeExceptionally(e);
            }
        }, "pool-changer").start();
        List<TransferResult> results = new ArrayList<>();
        // A fast machine can finish 2,000 transfers inside one poll interval, so storm again until a
        // change has reached the served files (bounded by the convergence deadline).
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        int storms = 0;
        try {
            LoadPlan plan = new LoadPlan(tftp, names, 2000, 2000, 1,
                    new ClientSettings(RequestOptions.NONE, Duration.ofSeconds(1), 8),
                    name -> new RenderingCheck(valid.get(name), seen));
            do {
                LoadGenerator.run(plan, result -> {
                    synchronized (results) {
                        results.add(result);
                    }
                });
                storms++;
            } while (seen.size() <= names.size() && System.nanoTime() < deadline);
        } finally {
            storming.set(false);
            changer.join();
        }

        Map<String, Long> outcomes = new java.util.TreeMap<>();
        results.forEach(r -> outcomes.merge(r.outcome().label(), 1L, Long::sum));
        assertEquals(Map.of("ok", 2000L * storms), outcomes, "every transfer got one whole rendering of one state");
        assertTrue(seen.size() > names.size(), "the pool changed during the storm: " + seen.size() + " renderings");
    }

    private void changePool(List<String> addresses, AtomicBoolean storming) {
        try (Connection connection = database.connect()) {
            RecordWriter writer = new RecordWriter(connection);
            for (int i = 0; storming.get(); i++) {
                writer.execute("UPDATE ntp_server SET address = ? WHERE date_time_setting = 'HQ Time' AND position = 1",
                        addresses.get(i % addresses.size()));
                Thread.sleep(20);
            }
        } catch (Exception e) {
            throw new IllegalStateException("changing the pool failed", e);
        }
    }

    private static void addRenderings(Map<String, Set<String>> valid, Fixture.State state) {
        Map<String, byte[]> files = Fixture.expectedFiles(state);
        valid.forEach((name, set) -> set.add(new String(files.get(name), StandardCharsets.ISO_8859_1)));
    }

    /** Collects a transfer's bytes and accepts them only if they are one of the valid renderings. */
    private static final class RenderingCheck implements BlockSink {
        private final Set<String> valid;
        private final Set<String> seen;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        RenderingCheck(Set<String> valid, Set<String> seen) {
            this.valid = valid;
            this.seen = seen;
        }

        @Override
        public void accept(ByteBuffer payload) {
            byte[] bytes = new byte[payload.remaining()];
            payload.get(bytes);
            received.writeBytes(bytes);
        }

        @Override
        public boolean complete() {
            String content = received.toString(StandardCharsets.ISO_8859_1);
            seen.add(content);
            return valid.contains(content);
        }
    }

    private byte[] fetch(String name) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.setMaxTimeouts(3);
        client.open();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            client.receiveFile(name, TFTP.BINARY_MODE, out, tftp.getAddress(), tftp.getPort());
            return out.toByteArray();
        } finally {
            client.close();
        }
    }

    private byte[] awaitFetch(String name, byte[] expected) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (true) {
            try {
                byte[] got = fetch(name);
                if (Arrays.equals(expected, got)) {
                    return got;
                }
            } catch (IOException e) {
                // not there yet (or the database still reconnecting)
            }
            assertTrue(System.nanoTime() < deadline, name + " was not served as its records render within " + CONVERGE);
            Thread.sleep(50);
        }
    }

    private byte[] awaitFetchContaining(String name, String text) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (true) {
            try {
                byte[] got = fetch(name);
                if (new String(got, StandardCharsets.UTF_8).contains(text)) {
                    return got;
                }
            } catch (IOException e) {
                // retry
            }
            assertTrue(System.nanoTime() < deadline, name + " never contained " + text);
            Thread.sleep(50);
        }
    }

    private static String versionStamp(byte[] xml) {
        Matcher m = VERSION_STAMP.matcher(new String(xml, StandardCharsets.UTF_8));
        assertTrue(m.find(), "no versionStamp");
        return m.group(1);
    }
}
