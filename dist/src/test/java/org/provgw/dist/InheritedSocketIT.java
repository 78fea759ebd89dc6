package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * tftp.listen = inherited for real: the packaged gateway started by bin/provgw in a child whose
 * standard input is a bound UDP socket, as systemd's socket activation (StandardInput=socket)
 * and inetd start it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InheritedSocketIT {

    private static final Pattern PORT_LINE = Pattern.compile("(?m)^(\\d+)$");
    private static final Pattern SERVING = Pattern.compile("serving tftp on (\\S+):(\\d+)");
    private static final Pattern LISTEN_LINE = Pattern.compile("(?m)^tftp\\.listen\\s*=.*$");
    private static final String SAMPLE = "RingList.xml"; // static: the sources hold its bytes
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path tmp;

    private Path home;
    private Path config;

    @BeforeEach
    void copyDistribution() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
        String shipped = Files.readString(home.resolve("conf/provgw.properties"));
        config = Files.writeString(home.resolve("conf/inherited.properties"),
                LISTEN_LINE.matcher(shipped).replaceFirst("tftp.listen = inherited"));
    }

    @Test
    void servesTheUdpSocketOnStandardInput() throws Exception {
        try (RunningProvgw gateway = start("udp")) {
            String port = gateway.awaitStdout(PORT_LINE, START_LIMIT).group(1);
            assertEquals(port, gateway.awaitStdout(SERVING, START_LIMIT).group(2), gateway::output);
            assertArrayEquals(Files.readAllBytes(Distribution.sampleSources().resolve(SAMPLE)),
                    Tftp.fetch(SAMPLE, Integer.parseInt(port)), gateway::output);
            assertEquals(128 + 15, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void aTcpSocketOnStandardInputIsAClearStartUpError() throws Exception {
        try (RunningProvgw gateway = start("tcp")) {
            assertTrue(gateway.process().waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS), gateway::output);
            Finished run = gateway.finished();
            assertEquals(1, run.exitCode(), run::describe);
            assertTrue(run.stderr().contains("tftp.listen = inherited, but the socket on standard input is not a UDP"
                    + " socket"), run::describe);
        }
    }

    @Test
    void withoutASocketOnStandardInputTheStartFailsNamingTheKey() throws Exception {
        Finished run = Provgw.of(home.resolve("bin/provgw"), tmp, "--config", config.toString()).run();
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.stderr().contains("tftp.listen = inherited, but standard input is not a socket"),
                run::describe);
    }

    private RunningProvgw start(String kind) throws IOException {
        List<String> command = StandardInputSocket.wrap(tmp, kind, "127.0.0.1",
                List.of(home.resolve("bin/provgw").toString(), "--config", config.toString()));
        return Provgw.of(Path.of(command.get(0)), tmp, command.subList(1, command.size()).toArray(String[]::new))
                .start();
    }
}
