package org.provgw.tftp.hpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.tftp.server.TftpProtocolFactory;

class TftpdHpaConfigCommandTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheConfigurationAndPrintsTheLaunchForTheShell() throws Exception {
        Map<String, String> env = Map.of("TFTP_USERNAME", "tftp", "TFTP_DIRECTORY", "/srv/tftp",
                "TFTP_ADDRESS", "127.0.0.1:6969", "TFTP_OPTIONS", "--secure -vv");
        int status = command(env).run(List.of("--output", "gen.properties", "--from-environment", "--",
                "--pidfile", "it's.pid", "--map-file", "my rules.map"), print(out), print(err));

        assertEquals(0, status, err.toString());
        Properties written = new Properties();
        written.load(Files.newBufferedReader(dir.resolve("gen.properties"), StandardCharsets.UTF_8));
        assertEquals("/srv/tftp", written.getProperty("provider.fs.root"));
        assertEquals(dir.resolve("my rules.map").toString(), written.getProperty("map-file"));
        assertEquals("127.0.0.1:6969", written.getProperty("tftp.listen"));
        String header = Files.readString(dir.resolve("gen.properties")).lines().toList().get(1);
        assertEquals("# in.tftpd '--foreground' '--user' 'tftp' '--address' '127.0.0.1:6969' '--secure' '-vv'"
                + " '/srv/tftp' '--pidfile' 'it'\\''s.pid' '--map-file' 'my rules.map'", header);
        assertEquals(String.join("\n", "IN_TFTPD_VERSION=0", "IN_TFTPD_USER='tftp'", "IN_TFTPD_USER_GIVEN=1",
                "IN_TFTPD_DETACH=0", "IN_TFTPD_PIDFILE='" + dir + "/it'\\''s.pid'", "IN_TFTPD_LOG_LEVEL='DEBUG'",
                "IN_TFTPD_INETD=0", ""), out.toString());
        assertFalse(Files.exists(dir.resolve("gen.properties.tmp")));
    }

    @Test
    void aRefusedCommandLineIsExitStatus2WithTheReasonAndNoFile() {
        int status = command(Map.of()).run(List.of("--output", "gen.properties", "--", "-L", "--windowsize", "8",
                "/srv/tftp"), print(out), print(err));
        assertEquals(2, status);
        assertEquals("in.tftpd: unrecognized option '--windowsize' (not an option of tftpd-hpa 5.2)\n",
                err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(dir.resolve("gen.properties")));
    }

    @Test
    void notesGoToStandardError() {
        int status = command(Map.of()).run(List.of("--output", "gen.properties", "-s", "-t", "30", "/srv/tftp"),
                print(out), print(err));
        assertEquals(0, status);
        assertTrue(err.toString().startsWith("in.tftpd: note: --timeout 30 is accepted and has no effect"),
                err.toString());
        assertTrue(out.toString().contains("IN_TFTPD_INETD=1"), out.toString());
    }

    @Test
    void withoutAnOutputFileItPrintsItsUsage() {
        assertEquals(2, command(Map.of()).run(List.of("-s", "/d"), print(out), print(err)));
        assertTrue(err.toString().startsWith("tftpd-hpa-config: usage:"), err.toString());
    }

    @Test
    void everyTftpKeyWrittenIsOneTheEndpointKnows() throws Exception {
        int status = command(Map.of()).run(List.of("--output", "gen.properties", "-l", "-a", "127.0.0.1:6969",
                "-c", "-p", "-U", "022", "-r", "tsize", "-B", "1428", "-R", "50000:50099", "-T", "500000",
                "/srv/tftp", "/srv/boot"), print(out), print(err));
        assertEquals(0, status, err.toString());
        Properties written = new Properties();
        written.load(Files.newBufferedReader(dir.resolve("gen.properties"), StandardCharsets.UTF_8));
        Set<String> known = new TftpProtocolFactory().settingKeys();
        List<String> unknown = written.stringPropertyNames().stream().filter(key -> key.startsWith("tftp."))
                .map(key -> key.substring("tftp.".length())).filter(key -> !known.contains(key)).toList();
        assertEquals(List.of(), unknown);
        assertTrue(written.stringPropertyNames().containsAll(Set.of("tftp.upload.root", "tftp.upload.max-size",
                "tftp.path-prefixes", "tftp.port-range", "tftp.refuse-options")), written.toString());
    }

    @Test
    void escapesValuesForThePropertiesSyntax() {
        assertEquals("C:\\\\tftp\\\\a b", GeneratedConfig.escape("C:\\tftp\\a b"));
        assertEquals("\\ lead", GeneratedConfig.escape(" lead"));
        assertEquals("two\\nlines", GeneratedConfig.escape("two\nlines"));
    }

    private TftpdHpaConfigCommand command(Map<String, String> env) {
        return new TftpdHpaConfigCommand(env, dir);
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}
