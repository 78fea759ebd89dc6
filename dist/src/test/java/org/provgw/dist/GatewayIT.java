package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged gateway started through bin/provgw, on a copy of the unpacked distribution with
 * its shipped configuration and sample tree.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GatewayIT {

    private static final Pattern SERVING = Pattern.compile("serving tftp on (\\S+):(\\d+)");
    private static final Pattern LISTEN_LINE = Pattern.compile("(?m)^tftp\\.listen\\s*=.*$");
    private static final Pattern HTTP_LISTEN_LINE = Pattern.compile("(?m)^http\\.listen\\s*=.*$");
    private static final String SAMPLE = "RingList.xml";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);
    private static final int SIGTERM_EXIT = 128 + 15;

    @TempDir
    Path tmp;

    private Path home;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
    }

    @Test
    void checkAcceptsTheShippedConfigurationFoundUnderItsHome() throws Exception {
        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp, "--check").in(tmp).run();

        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.stdout().contains("configuration OK"), run::describe);
    }

    @Test
    void servesTheSampleTreeWritesTheAccessLogAndStopsOnSigterm() throws Exception {
        Path config = writeConfig("it.properties", HTTP_LISTEN_LINE.matcher(LISTEN_LINE.matcher(shippedConfig())
                .replaceFirst("tftp.listen = 127.0.0.1:0")).replaceFirst("http.listen = 127.0.0.1:0"));
        Finished check = Provgw.of(home.resolve("bin/provgw"), tmp,
                "--check", "--config", config.toString()).run();
        assertEquals(0, check.exitCode(), check::describe);
        assertTrue(check.stdout().contains("configuration OK"), check::describe);

        try (RunningProvgw gateway = Provgw.of(home.resolve("bin/provgw"), tmp,
                "--config", config.toString()).in(tmp).start()) {
            Matcher serving = gateway.awaitStdout(SERVING, START_LIMIT);
            int port = Integer.parseInt(serving.group(2));
            byte[] expected = Files.readAllBytes(Distribution.sampleSources().resolve(SAMPLE));

            assertArrayEquals(expected, Tftp.fetch(SAMPLE, port), gateway::output);
            // The shipped configuration matches names ignoring case, as phones need.
            assertArrayEquals(expected, Tftp.fetch(SAMPLE.toLowerCase(), port), gateway::output);
            awaitAccessLogLine(SAMPLE, gateway);

            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void checkRejectsABadValueNamingTheKeyTheValueAndTheFile() throws Exception {
        Path config = writeConfig("bad.properties",
                shippedConfig() + "\ntftp.blksize.max = nope\n");

        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp,
                "--check", "--config", config.toString()).run();

        assertEquals(2, run.exitCode(), run::describe);
        assertAll(
                () -> assertTrue(run.stderr().contains("tftp.blksize.max"), run::describe),
                () -> assertTrue(run.stderr().contains("nope"), run::describe),
                () -> assertTrue(run.stderr().contains("bad.properties"), run::describe));
    }

    private String shippedConfig() throws IOException {
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        assertTrue(LISTEN_LINE.matcher(shipped).find(), "no tftp.listen line in the shipped file");
        return shipped;
    }

    /** Writes next to the shipped file, so its relative provider.fs.root still points home. */
    private Path writeConfig(String name, String content) throws IOException {
        return Files.writeString(home.resolve("conf").resolve(name), content);
    }

    /** The access record is written when the transfer ends, just after the last ACK. */
    private void awaitAccessLogLine(String file, RunningProvgw gateway) throws Exception {
        Path accessLog = home.resolve("logs/access.log");
        long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
        while (!(Files.exists(accessLog) && Files.readString(accessLog).contains(file))) {
            assertTrue(gateway.process().isAlive(), gateway::output);
            if (System.nanoTime() > deadline) {
                fail("no line for " + file + " in " + accessLog + " within " + STOP_LIMIT + "\n"
                        + gateway.output());
            }
            Thread.sleep(100);
        }
    }
}
