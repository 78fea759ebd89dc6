package org.provgw.tftp.hpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** tftpd-hpa's options in provgw's keys. */
class TftpdTranslatorTest {

    private static final Path CWD = Path.of("/home/ops");

    @Test
    void debiansDefaultCommandLine() throws Exception {
        Translation t = translate("--foreground", "--user", "tftp", "--address", ":69", "--secure",
                "/srv/tftp");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("providers", "fs");
        expected.put("provider.fs.type", "filesystem");
        expected.put("provider.fs.root", "/srv/tftp");
        expected.put("provider.fs.case-insensitive", "false");
        expected.put("provider.fs.world-readable-only", "true");
        expected.put("tftp.listen", "0.0.0.0:69");
        expected.put("tftp.timeout", "1000ms");
        expected.put("tftp.timeout.max", "32000ms");
        expected.put("tftp.retries", "5");
        expected.put("tftp.upload.root", "/srv/tftp");
        expected.put("tftp.upload.create", "false");
        expected.put("tftp.upload.permissive", "false");
        expected.put("tftp.upload.overwrite", "overwrite");
        expected.put("tftp.upload.umask", "0");
        expected.put("tftp.upload.max-size", "0");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(t.properties().entrySet()));
        assertEquals(new Launch(false, "tftp", true, false, Optional.empty(), "INFO", false), t.launch());
        assertEquals(List.of(), t.notes());
    }

    @Test
    void everyOptionMapsToItsKey() throws Exception {
        Translation t = translate("-l", "-a", "192.0.2.7:1069", "-c", "-p", "-U", "027", "-s",
                "-u", "phones", "-P", "run/tftpd.pid", "-T", "250000", "-m", "rules/phones.map", "-vv",
                "-r", "blksize", "-r", "tsize", "-B", "1468", "-R", "50000:50099", "tftpboot");
        Map<String, String> p = t.properties();
        assertEquals("/home/ops/tftpboot", p.get("provider.fs.root"), "relative to where in.tftpd started");
        assertEquals("/home/ops/rules/phones.map", p.get("map-file"));
        assertEquals("192.0.2.7:1069", p.get("tftp.listen"));
        assertEquals("1468", p.get("tftp.blksize.max"));
        assertEquals("250ms", p.get("tftp.timeout"));
        assertEquals("8000ms", p.get("tftp.timeout.max"));
        assertEquals("50000:50099", p.get("tftp.port-range"));
        assertEquals("blksize, tsize", p.get("tftp.refuse-options"));
        assertEquals("true", p.get("tftp.upload.create"));
        assertEquals("true", p.get("tftp.upload.permissive"));
        assertEquals("false", p.get("provider.fs.world-readable-only"), "-p: the account's permissions decide");
        assertEquals("027", p.get("tftp.upload.umask"));
        assertEquals("0", p.get("tftp.upload.max-size"), "tftpd-hpa has no size cap");
        assertFalse(p.containsKey("tftp.path-prefixes"), "with --secure names are relative to the directory");
        assertEquals(new Launch(false, "phones", true, true, Optional.of("/home/ops/run/tftpd.pid"), "DEBUG", false),
                t.launch());
    }

    @Test
    void withPermissiveAndNoUmaskNewFilesKeepTheInheritedUmask() throws Exception {
        Map<String, String> p = translate("-L", "-p", "-s", "/srv/tftp").properties();
        assertFalse(p.containsKey("tftp.upload.umask"));
    }

    @Test
    void withoutSecureNamesAreAbsolutePathsInsideTheDirectories() throws Exception {
        Translation t = translate("-L", "/srv/tftp", "/srv/boot/", "/srv/fw");
        Map<String, String> p = t.properties();
        assertEquals("/srv/tftp", p.get("provider.fs.root"));
        assertEquals("/srv/boot", p.get("provider.fs.alternate.1"));
        assertEquals("/srv/fw", p.get("provider.fs.alternate.2"));
        assertEquals("/srv/tftp, /srv/boot, /srv/fw", p.get("tftp.path-prefixes"));
        assertEquals("/srv/tftp", p.get("tftp.upload.root"));
        assertEquals(List.of("uploads go to /srv/tftp only: a write request naming a file in /srv/boot, /srv/fw is"
                + " refused with ERROR 2, where tftpd-hpa would write there"), t.notes());
    }

    @Test
    void withoutListenTheSocketComesFromInetdOrSystemd() throws Exception {
        Translation t = translate("-s", "-a", "192.0.2.7", "-4", "-t", "300", "-P", "/run/x.pid",
                "/srv/tftp");
        assertEquals("inherited", t.properties().get("tftp.listen"));
        assertFalse(t.properties().containsKey("tftp.allow"));
        assertTrue(t.launch().inetd());
        assertFalse(t.launch().detach());
        assertEquals(Optional.empty(), t.launch().pidFile());
        assertEquals(4, t.notes().size(), t.notes().toString());
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("--timeout 300 is accepted and has no effect")));
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("not in standalone mode, ignoring pid file")));
    }

    @Test
    void oneFamilyIsEnforcedWithAnAllowlistOfTheWholeFamily() throws Exception {
        assertEquals("::/0", translate("-L", "-6", "-s", "/d").properties().get("tftp.allow"));
        assertEquals("0.0.0.0/0", translate("-L", "-4", "-s", "/d").properties().get("tftp.allow"));
    }

    @ParameterizedTest
    @CsvSource({"0, INFO", "1, INFO", "2, DEBUG", "3, TRACE", "9, TRACE"})
    void verbosityBecomesTheServerLogLevel(int verbosity, String level) throws Exception {
        assertEquals(level, translate("-L", "--verbosity", Integer.toString(verbosity), "-s", "/d")
                .launch().logLevel());
    }

    @Test
    void withoutUserTheLauncherUsesTftpdHpasDefaultAccount() throws Exception {
        Launch launch = translate("-L", "-s", "/d").launch();
        assertEquals("nobody", launch.user());
        assertFalse(launch.userGiven());
    }

    @Test
    void aRetransmitTimeoutBelowAMillisecondIsRoundedWithANote() throws Exception {
        Translation t = translate("-L", "-T", "12345", "-s", "/d");
        assertEquals("12ms", t.properties().get("tftp.timeout"));
        assertEquals("384ms", t.properties().get("tftp.timeout.max"));
        assertTrue(t.notes().get(0).contains("rounded to 12 ms"), t.notes().toString());
        assertEquals("255000ms", translate("-L", "-T", "255000000", "-s", "/d").properties()
                .get("tftp.timeout.max"), "capped at provgw's largest timeout");
    }

    @Test
    void versionNeedsNothingElse() throws Exception {
        Translation t = translate("-V");
        assertTrue(t.launch().version());
        assertEquals(Map.of(), t.properties());
    }

    @Test
    void uploadsAreOnAsInTftpdHpaAndCreateOrPermissiveWidenThem() throws Exception {
        Map<String, String> plain = translate("-L", "-s", "/srv/tftp").properties();
        assertEquals("/srv/tftp", plain.get("tftp.upload.root"), "tftpd-hpa takes uploads onto world-writable files");
        assertEquals("false", plain.get("tftp.upload.create"));
        assertEquals("false", plain.get("tftp.upload.permissive"));
        assertEquals("overwrite", plain.get("tftp.upload.overwrite"));
        Map<String, String> create = translate("-L", "-c", "-s", "/srv/tftp").properties();
        assertEquals("true", create.get("tftp.upload.create"));
        assertEquals("false", create.get("tftp.upload.permissive"));
        Map<String, String> permissive = translate("-L", "-p", "-U", "022", "-s", "/srv/tftp").properties();
        assertEquals("false", permissive.get("tftp.upload.create"));
        assertEquals("true", permissive.get("tftp.upload.permissive"));
        assertEquals("022", permissive.get("tftp.upload.umask"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-L -s|no -s directory",
        "-L -s /a /b|too many -s directories",
        "-L|no directory: without --secure",
        "-L /a /b /c /d /e /f /g /h /i /j /k /l|too many directories",
        "-L /srv/a,b|directory /srv/a,b: a comma"})
    void refusesWhatItCannotServe(String line, String message) {
        TftpdUsageException e = assertThrows(TftpdUsageException.class,
                () -> translate(line.split(" ")));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    private static Translation translate(String... args) throws TftpdUsageException {
        return new TftpdTranslator(CWD).translate(TftpdCommandLine.parse(List.of(args)));
    }
}
