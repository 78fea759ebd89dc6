package org.provgw.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.fakes.Events;
import org.provgw.gateway.fakes.LogCapture;
import org.provgw.gateway.fakes.TestFiles;

class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void clearEvents() {
        Events.clear();
    }

    private int run(Optional<Path> home, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), home).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path good() {
        return TestFiles.config(dir.resolve("good.properties"),
                "providers = fs", "provider.fs.type = memory", "probe.listen = 127.0.0.1:0");
    }

    @Test
    void checkOnAGoodFilePrintsOkAndBindsNothing() {
        assertEquals(0, run(Optional.empty(), "--check", "--config", good().toString()));

        assertEquals("configuration OK\n", out().replace(System.lineSeparator(), "\n"));
        assertEquals("", err());
        assertFalse(Events.all().contains("endpoint probe started"), Events.all().toString());
    }

    @Test
    void checkOnABadFileNamesFileKeyAndValueWithoutAStackTrace() {
        Path bad = TestFiles.config(dir.resolve("bad.properties"),
                "providers = fs", "provider.fs.type = memory", "probe.listen = 127.0.0.1:0", "probe.lissen = x");

        assertEquals(2, run(Optional.empty(), "--check", "--config", bad.toString()));

        assertEquals("provgw: " + bad + ": probe.lissen = x: unknown key for protocol 'probe';"
                + " known keys: [fail-start, listen]\n", err().replace(System.lineSeparator(), "\n"));
        assertEquals("", out());
    }

    @Test
    void checkOnAMissingFileIsAConfigError() {
        Path missing = dir.resolve("missing.properties");

        assertEquals(2, run(Optional.empty(), "--check", "-c", missing.toString()));

        assertTrue(err().startsWith("provgw: " + missing + ": configuration file not found"), err());
    }

    @Test
    void debugAddsTheStackTrace() {
        Path bad = TestFiles.config(dir.resolve("bad.properties"), "providers = fs");

        assertEquals(2, run(Optional.empty(), "--check", "--debug", "--config", bad.toString()));

        assertTrue(err().contains("\tat org.provgw.gateway."), err());
    }

    @Test
    void aBackendThatCannotStartIsARuntimeErrorInCheck() {
        Path file = TestFiles.config(dir.resolve("down.properties"), "providers = fs", "provider.fs.type = memory",
                "provider.fs.fail-create = true", "probe.listen = 127.0.0.1:0");

        assertEquals(1, run(Optional.empty(), "--check", "--config", file.toString()));

        assertEquals("provgw: provider fs (type memory) cannot start: backend of fs unreachable\n",
                err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void anEndpointThatCannotBindIsARuntimeErrorWhenServing() {
        Path file = TestFiles.config(dir.resolve("busy.properties"), "providers = fs", "provider.fs.type = memory",
                "probe.listen = 127.0.0.1:0", "probe.fail-start = true");

        assertEquals(1, run(Optional.empty(), "--config", file.toString()));

        assertTrue(err().startsWith("provgw: probe: cannot bind "), err());
        assertTrue(Events.all().contains("provider fs closed"), Events.all().toString());
    }

    @Test
    void theDefaultConfigurationIsUnderTheHomeFolder() {
        TestFiles.config(dir.resolve("conf/provgw.properties"),
                "providers = fs", "provider.fs.type = memory", "probe.listen = 127.0.0.1:0");

        assertEquals(0, run(Optional.of(dir), "--check"));
        assertEquals(2, run(Optional.of(dir.resolve("elsewhere")), "--check"));
        assertTrue(err().contains(dir.resolve("elsewhere/conf/provgw.properties").toString()), err());
    }

    @Test
    void runsAPluginCommandWithTheRemainingArguments() {
        assertEquals(0, run(Optional.empty(), "--config", good().toString(), "greet", "--loud", "phone"));
        assertEquals("hello --loud phone\n", out().replace(System.lineSeparator(), "\n"));

        assertEquals(2, run(Optional.empty(), "greet"));
        assertTrue(err().contains("greet: name required"), err());
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertEquals(2, run(Optional.empty(), "blizzard", "-n", "5"));
        assertTrue(err().contains("unknown command 'blizzard'; commands: [greet, storm, tftpd-hpa-config]"), err());

        assertEquals(2, run(Optional.empty(), "--frobnicate"));
        assertTrue(err().contains("Unknown option: '--frobnicate'"), err());

        assertEquals(2, run(Optional.empty(), "--check", "greet", "x"));
    }

    @Test
    void aCommandKeepsPluginDiscoveryOutOfItsOutput() throws Exception {
        try (LogCapture log = LogCapture.of("org.provgw.gateway.plugin.ServiceDiscovery")) {
            assertEquals(0, run(Optional.empty(), "--config", good().toString(), "greet", "phone"));
            assertEquals(List.of(), log.messages(Level.INFO));
            assertTrue(log.messages(Level.DEBUG).stream().anyMatch(m -> m.startsWith("loaded command 'greet'")),
                    log.messages(Level.DEBUG).toString());
        }
    }

    @Test
    void helpListsPluginCommandsWithTheirSummaries() {
        assertEquals(0, run(Optional.empty(), "--help"));

        assertTrue(out().contains("--check"), out());
        assertTrue(out().contains("Commands:"), out());
        // names are padded to the longest command's
        assertTrue(out().matches("(?s).*\\n  greet +Print a greeting to the names given\\n.*"), out());
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run(Optional.empty(), "--version"));

        assertTrue(out().startsWith("provgw " + VersionInfo.version() + " (Java "), out());
        assertFalse(VersionInfo.version().equals("unknown"));
    }
}
