package org.provgw.tftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.CommandPlugin;
import org.provgw.tftp.client.storm.StormCommand;

/** {@code provgw storm} in-process against the fake server: arguments, exit codes, the RESULT line. */
@Timeout(20)
class StormCommandTest {
    private FakeTftpServer server;
    private String address;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new FakeTftpServer();
        address = "127.0.0.1:" + server.address().getPort();
        server.file("a.cnf.xml", TftpClientTest.random(3000, 1));
        server.file("b.cnf.xml", TftpClientTest.random(700, 2));
        server.file("big.bin", TftpClientTest.random(20_000, 3));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private int storm(String... args) {
        return new StormCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return the key=value pairs of the last line, which must start with RESULT */
    private Map<String, String> result() {
        String[] lines = stdout().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("RESULT "), stdout());
        Map<String, String> map = new HashMap<>();
        Arrays.stream(last.substring(7).split(" ")).map(kv -> kv.split("=", 2)).forEach(kv -> map.put(kv[0], kv[1]));
        return map;
    }

    @Test
    void stormPrintsASummaryAndAResultLine() {
        int exit = storm("--server", address, "--file", "a.cnf.xml", "--file", "b.cnf.xml", "--count", "10",
                "--concurrency", "3");

        assertEquals(0, exit, stdout() + stderr());
        Map<String, String> r = result();
        for (String key : List.of("transfers", "failures", "seconds", "tps", "mbps", "p50ms", "p99ms", "retransmits")) {
            assertTrue(r.containsKey(key), key + " in " + r);
        }
        assertEquals("10", r.get("transfers"));
        assertEquals("0", r.get("failures"));
        assertEquals(Long.toString(5 * 3000 + 5 * 700), r.get("bytes"));
        assertTrue(Double.parseDouble(r.get("tps")) > 0);
        assertTrue(stdout().contains("latency ms    p50 "), stdout());
        assertEquals(10, server.requestsSeen.size());
    }

    @Test
    void countDefaultsToOnePerNameFromTheListFile() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "# phones\na.cnf.xml\n\n  b.cnf.xml  \nbig.bin\n");

        assertEquals(0, storm("--server", address, "--files", list.toString()), stderr());

        assertEquals("3", result().get("transfers"));
        List<String> requested = new ArrayList<>();
        server.requestsSeen.forEach(rrq -> requested.add(rrq.filename()));
        requested.sort(null);
        assertEquals(List.of("a.cnf.xml", "b.cnf.xml", "big.bin"), requested);
    }

    @Test
    void optionsAreAskedOnlyWhenGiven() {
        assertEquals(0, storm("--server", address, "--file", "big.bin", "--blksize", "1024", "--windowsize", "4",
                "--tsize", "--timeout", "500ms", "--retries", "2"), stderr());

        assertEquals(Map.of("blksize", "1024", "windowsize", "4", "tsize", "0"), server.requestsSeen.get(0).options());
    }

    @Test
    void verifyDirChecksContent() throws IOException {
        Files.write(dir.resolve("a.cnf.xml"), TftpClientTest.random(3000, 1));
        Files.write(dir.resolve("b.cnf.xml"), TftpClientTest.random(700, 99));

        int exit = storm("--server", address, "--file", "a.cnf.xml", "--file", "b.cnf.xml", "--count", "4",
                "--verify-dir", dir.toString());

        assertEquals(1, exit, stdout());
        assertEquals("2", result().get("failures"));
        assertTrue(stdout().contains("failures      verify-mismatch: 2"), stdout());
    }

    @Test
    void missingVerifyFileIsAUsageError() {
        assertEquals(2, storm("--server", address, "--file", "a.cnf.xml", "--verify-dir", dir.toString()));
        assertTrue(stderr().contains("a.cnf.xml"), stderr());
    }

    @Test
    void serverErrorsAreFailuresByReason() {
        int exit = storm("--server", address, "--file", "a.cnf.xml", "--file", "nope.cfg", "--count", "4");

        assertEquals(1, exit);
        assertEquals("2", result().get("failures"));
        assertTrue(stdout().contains("error 1 File not found: 2"), stdout());
    }

    @Test
    void warmupIsRunButNotCounted() {
        assertEquals(0, storm("--server", address, "--file", "b.cnf.xml", "--warmup", "3", "--count", "4"));

        assertEquals("4", result().get("transfers"));
        assertEquals(7, server.requestsSeen.size());
        assertTrue(stdout().contains("warm-up       3 transfers, 0 failed"), stdout());
    }

    @Test
    void usageErrorsExitWith2() {
        List<List<String>> bad = List.of(
                List.of("--file", "a"),
                List.of("--server", "::1:69", "--file", "a"),
                List.of("--server", "127.0.0.1:0", "--file", "a"),
                List.of("--server", address),
                List.of("--server", address, "--file", "a", "--timeout", "fast"),
                List.of("--server", address, "--file", "a", "--timeout", "0ms"),
                List.of("--server", address, "--file", "a", "--blksize", "4"),
                List.of("--server", address, "--file", "a", "--concurrency", "0"),
                List.of("--server", address, "--file", "a", "--count", "-1"),
                List.of("--server", address, "--files", dir.resolve("absent.txt").toString()),
                List.of("--server", address, "--file", "a", "--bogus"));
        for (List<String> args : bad) {
            err.reset();
            assertEquals(2, storm(args.toArray(String[]::new)), args::toString);
            assertTrue(stderr().startsWith("storm: "), args + ": " + stderr());
        }
        assertEquals(0, server.requests.get(), "nothing was sent");
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, storm("--help"));
        for (String option : List.of("--server", "--file", "--files", "--count", "--concurrency", "--blksize",
                "--windowsize", "--tsize", "--timeout", "--retries", "--threads", "--verify-dir", "--warmup")) {
            assertTrue(stdout().contains(option), option);
        }
    }

    @Test
    void registeredAsACommandPlugin() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(CommandPlugin.class).forEach(p -> names.add(p.name()));
        assertTrue(names.contains("storm"), names.toString());
        assertEquals("storm", new StormCommand().name());
    }
}
