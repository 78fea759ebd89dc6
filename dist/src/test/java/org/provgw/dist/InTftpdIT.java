package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/in.tftpd as tftpd-hpa is started: from a /etc/default/tftpd-hpa file, standalone with the
 * user changed, from inetd with the socket on standard input, detached with a pid file; uploads
 * from tftp-hpa's client with tftpd-hpa's rules (without and with -c, -p, -U, absolute names
 * without -s); and what it refuses before anything starts.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class InTftpdIT {

    private static final Pattern SERVING = Pattern.compile("serving tftp on 127\\.0\\.0\\.1:(\\d+)");
    private static final String SAMPLE = "SEP0011AABBCC01.cnf.xml";
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(10);
    private static final int SIGTERM_EXIT = 128 + 15;
    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path tmp;

    private Path home;
    private Path tftpboot;
    private byte[] sample;

    @BeforeEach
    void copyDistributionAndTree() throws IOException {
        home = Distribution.copyTo(tmp.resolve("provgw"));
        tftpboot = Files.createDirectories(tmp.resolve("srv/tftp"));
        sample = staticPhoneConfig();
        Files.write(tftpboot.resolve(SAMPLE), sample);
    }

    /**
     * A phone's configuration as a tftpd-hpa tree holds it, a static file (the distribution's
     * sample phones are built from its database, which in.tftpd does not use), long enough that
     * every transfer takes several blocks.
     */
    private static byte[] staticPhoneConfig() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<device>\n"
                + "  <deviceProtocol>SCCP</deviceProtocol>\n  <loadInformation>SCCP41.9-4-2SR3-1S</loadInformation>\n"
                + "  <phoneServices>\n");
        for (int button = 1; button <= 40; button++) {
            xml.append("    <provisioning button=\"").append(button).append("\">speed dial ").append(button)
                    .append("</provisioning>\n");
        }
        return xml.append("  </phoneServices>\n</device>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void servesTheDirectoryOfADebianDefaultsFileWithItsOptions() throws Exception {
        Path defaults = Files.createDirectories(tmp.resolve("etc/default")).resolve("tftpd-hpa");
        Files.writeString(defaults, String.join("\n",
                "# /etc/default/tftpd-hpa",
                "",
                "TFTP_USERNAME=\"" + USER + "\"",
                "TFTP_DIRECTORY=\"" + tftpboot + "\"",
                "TFTP_ADDRESS=\"127.0.0.1:0\"",
                "TFTP_OPTIONS=\"--secure --blocksize 1468 --refuse tsize --retransmit 500000 --verbosity 2\"",
                ""));

        try (RunningProvgw gateway = inTftpd("--defaults", defaults.toString()).start()) {
            int port = servingPort(gateway);

            assertArrayEquals(sample, Tftp.fetch(SAMPLE, port), gateway::output);
            IOException missing = assertThrows(IOException.class, () -> Tftp.fetch(SAMPLE.toLowerCase(), port));
            assertTrue(missing.getMessage().contains("File not found"), "tftpd-hpa matches names exactly: "
                    + missing.getMessage());
            assertTrue(gateway.output().contains(" DEBUG "), "--verbosity 2 turns the server log to DEBUG");
            String generated = Files.readString(onlyGeneratedConfig());
            assertAll(
                    () -> assertTrue(generated.contains("provider.fs.root = " + tftpboot + "\n"), generated),
                    () -> assertTrue(generated.contains("tftp.blksize.max = 1468\n"), generated),
                    () -> assertTrue(generated.contains("tftp.refuse-options = tsize\n"), generated),
                    () -> assertTrue(generated.contains("tftp.timeout = 500ms\n"), generated),
                    () -> assertTrue(generated.contains("tftp.upload.root = " + tftpboot + "\n"), generated),
                    () -> assertTrue(generated.contains("tftp.upload.create = false\n"), generated));

            // Without --create, as tftpd-hpa: an existing world-writable file is replaced, nothing new is made.
            Path phoneLog = file(tftpboot.resolve("SEP0011AABBCC01.log"), "old", "rw-rw-rw-");
            Path upload = Files.writeString(tmp.resolve("upload.log"), "new log");
            Tftp.Client replaced = Tftp.put(upload, "SEP0011AABBCC01.log", port);
            assertEquals(0, replaced.exitCode(), replaced::output);
            assertEquals("new log", Files.readString(phoneLog));
            Tftp.Client created = Tftp.put(upload, "SEP0011AABBCC02.log", port);
            assertTrue(created.output().contains("Error code 1: File not found"), created::output);
            assertTrue(Files.notExists(tftpboot.resolve("SEP0011AABBCC02.log")));

            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void withCreateAnUploadMakesANewFileForEveryoneButReplacesOnlyWorldWritableOnes() throws Exception {
        Path upload = Files.writeString(tmp.resolve("upload.log"), "uploaded");
        Path kept = file(tftpboot.resolve("XMLDefault.cnf.xml"), "<device/>", "rw-r--r--");
        try (RunningProvgw gateway = inTftpd("-L", "-u", USER, "-a", "127.0.0.1:0", "-c", "-s",
                tftpboot.toString()).start()) {
            int port = servingPort(gateway);

            Tftp.Client created = Tftp.put(upload, "SEP0011AABBCC01.log", port);
            assertEquals(0, created.exitCode(), () -> created.output() + gateway.output());
            Path stored = tftpboot.resolve("SEP0011AABBCC01.log");
            assertEquals("uploaded", Files.readString(stored));
            assertEquals("rw-rw-rw-", PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)),
                    "tftpd-hpa's umask for new files is 0 unless -U or -p");

            Tftp.Client refused = Tftp.put(upload, "XMLDefault.cnf.xml", port);
            assertTrue(refused.output().contains("Error code 2: File must have global write permissions"),
                    refused::output);
            assertEquals("<device/>", Files.readString(kept));
            assertArrayEquals(sample, Tftp.fetch("SEP0011AABBCC01.cnf.xml", port), "reads go on as before");
            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void permissiveWithAUmaskReplacesAnyFileAndMasksNewOnesWhereTheAbsoluteNameSays() throws Exception {
        Path upload = Files.writeString(tmp.resolve("upload.log"), "uploaded");
        Path existing = file(tftpboot.resolve("XMLDefault.cnf.xml"), "<device/>", "rw-r--r--");
        Path other = Files.createDirectories(tmp.resolve("srv/boot"));
        // without -s, names are absolute paths inside the directories, as with tftpd-hpa
        try (RunningProvgw gateway = inTftpd("-L", "-u", USER, "-a", "127.0.0.1:0", "-c", "-p", "-U", "027",
                tftpboot.toString(), other.toString()).start()) {
            int port = servingPort(gateway);

            Tftp.Client replaced = Tftp.put(upload, tftpboot + "/XMLDefault.cnf.xml", port);
            assertEquals(0, replaced.exitCode(), () -> replaced.output() + gateway.output());
            assertEquals("uploaded", Files.readString(existing));
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)),
                    "a replaced file keeps its mode");

            Tftp.Client created = Tftp.put(upload, tftpboot + "/SEP0011AABBCC01.log", port);
            assertEquals(0, created.exitCode(), created::output);
            assertEquals("rw-r-----", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(tftpboot.resolve("SEP0011AABBCC01.log"))), "0666 & ~027");

            Tftp.Client elsewhere = Tftp.put(upload, other + "/x.log", port);
            assertTrue(elsewhere.output().contains("Error code 2: Forbidden directory for uploads"), elsewhere::output);
            Tftp.Client relative = Tftp.put(upload, "y.log", port);
            assertTrue(relative.output().contains("Error code 2: Only absolute filenames allowed"), relative::output);
            assertTrue(Files.notExists(other.resolve("x.log")) && Files.notExists(tftpboot.resolve("x.log")));
            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void asRootRunsTheGatewayAsTheNamedUserWithOnlyTheCapabilityToBindPort69() throws Exception {
        assumeTrue(USER.equals("root"), "changing user needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is not installed");
        Optional<String> nobody = uid("nobody");
        assumeTrue(nobody.isPresent(), "there is no user nobody");
        openUp(); // nobody must read the installation and the tree, and write the logs

        try (RunningProvgw gateway = inTftpd("-L", "-u", "nobody", "-a", "127.0.0.1:0", "-s",
                tftpboot.toString()).start()) {
            int port = servingPort(gateway);
            assertArrayEquals(sample, Tftp.fetch(SAMPLE, port), gateway::output);

            List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(gateway.process().pid()), "status"));
            assertTrue(status.contains("Uid:\t" + String.join("\t", nobody.get(), nobody.get(), nobody.get(),
                    nobody.get())), status.toString());
            assertTrue(status.contains("CapEff:\t0000000000000400"), "only CAP_NET_BIND_SERVICE: " + status);
            assertTrue(status.contains("CapBnd:\t0000000000000400"), status.toString());

            // the translation ran as root before the change of user: it must not have created the
            // access log, which the gateway, as nobody, could then not write
            Path accessLog = home.resolve("logs/access.log");
            long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
            while (!(Files.exists(accessLog) && Files.readString(accessLog).contains(SAMPLE))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(accessLog) && Files.readString(accessLog).contains(SAMPLE), gateway::output);
            assertEquals("nobody", Files.getOwner(accessLog).getName());
            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void withoutListenItServesTheSocketInetdHandsOverOnStandardInput() throws Exception {
        List<String> command = StandardInputSocket.wrap(tmp, "udp", "127.0.0.1",
                List.of(home.resolve("bin/in.tftpd").toString(), "-u", USER, "-s", tftpboot.toString()));
        try (RunningProvgw gateway = Provgw.of(Path.of(command.get(0)), tmp,
                command.subList(1, command.size()).toArray(String[]::new))
                .env("PROVGW_RUNTIME_DIR", tmp.resolve("run").toString()).start()) {
            int port = Integer.parseInt(gateway.awaitStdout(Pattern.compile("(?m)^(\\d+)$"), START_LIMIT).group(1));
            Matcher serving = gateway.awaitStdout(SERVING, START_LIMIT);
            assertEquals(port, Integer.parseInt(serving.group(1)), "the socket handed over, not one of its own");
            assertArrayEquals(sample, Tftp.fetch(SAMPLE, port), gateway::output);
            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void listenDetachesOnceServingAndThePidFileGoesWithTheGateway() throws Exception {
        int port = Tftp.freePort();
        Path pidFile = tmp.resolve("tftpd.pid");
        Finished launcher = inTftpd("-l", "-u", USER, "-a", "127.0.0.1:" + port, "-P", pidFile.toString(),
                "-s", tftpboot.toString()).run();
        assertEquals(0, launcher.exitCode(), launcher::describe);
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle gateway = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        try {
            assertTrue(gateway.info().command().orElse("").endsWith("java"), gateway.info().toString());
            assertArrayEquals(sample, Tftp.fetch(SAMPLE, port));
            gateway.destroy();
            gateway.onExit().get(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
            while (Files.exists(pidFile) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(Files.notExists(pidFile), "the pid file is removed when the gateway ends");
        } finally {
            gateway.destroyForcibly();
        }
    }

    @Test
    void aHangupToTheForegroundLauncherReloadsTheMapFileAndServingGoesOn() throws Exception {
        Path map = Files.writeString(tmp.resolve("tftpd.map"), "r ^first$ " + SAMPLE + "\n");
        Path pidFile = tmp.resolve("tftpd.pid");
        try (RunningProvgw gateway = inTftpd("-L", "-u", USER, "-a", "127.0.0.1:0", "-P", pidFile.toString(),
                "-m", map.toString(), "-s", tftpboot.toString()).start()) {
            int port = servingPort(gateway);
            assertArrayEquals(sample, Tftp.fetch("first", port), gateway::output);

            // Same size, inode and modification time: the watcher's poll cannot see this change,
            // only SIGHUP can load it.
            FileTime modified = Files.getLastModifiedTime(map);
            Files.writeString(map, "r ^other$ " + SAMPLE + "\n");
            Files.setLastModifiedTime(map, modified);
            Thread.sleep(2500);
            assertThrows(IOException.class, () -> Tftp.fetch("other", port), "the poll saw no change");

            Process hangup = new ProcessBuilder("kill", "-HUP", Long.toString(gateway.process().pid())).start();
            assertEquals(0, hangup.waitFor(), "kill -HUP the launcher");
            byte[] reloaded = null;
            long deadline = System.nanoTime() + STOP_LIMIT.toNanos();
            while (reloaded == null && System.nanoTime() < deadline) {
                try {
                    reloaded = Tftp.fetch("other", port);
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertArrayEquals(sample, reloaded, gateway::output);
            assertThrows(IOException.class, () -> Tftp.fetch("first", port), "the old rule is gone");
            assertTrue(gateway.process().isAlive(), "SIGHUP reloads, it does not stop the gateway");
            assertEquals(SIGTERM_EXIT, gateway.terminate(STOP_LIMIT), gateway::output);
        }
    }

    @Test
    void refusesWhatItCannotHonourBeforeAnythingStarts() throws Exception {
        Finished unknown = inTftpd("-L", "--windowsize", "8", "-s", tftpboot.toString()).run();
        assertEquals(2, unknown.exitCode(), unknown::describe);
        assertEquals("in.tftpd: unrecognized option '--windowsize' (not an option of tftpd-hpa 5.2)\n",
                unknown.stderr());

        Finished twoDirectories = inTftpd("-L", "-s", tftpboot.toString(), tmp.toString()).run();
        assertEquals(2, twoDirectories.exitCode(), twoDirectories::describe);
        assertTrue(twoDirectories.stderr().contains("too many -s directories"), twoDirectories::describe);

        Finished noUser = inTftpd("-L", "-u", "no-such-user-here", "-s", tftpboot.toString()).run();
        assertEquals(1, noUser.exitCode(), noUser::describe);
        assertTrue(noUser.stderr().contains("no-such-user-here"), noUser::describe);

        Finished missingDefaults = inTftpd("--defaults", tmp.resolve("nope").toString()).run();
        assertEquals(1, missingDefaults.exitCode(), missingDefaults::describe);
        assertTrue(missingDefaults.stderr().contains("cannot read " + tmp.resolve("nope")), missingDefaults::describe);
    }

    @Test
    void versionPrintsWhatItIsAndServesNothing() throws Exception {
        // without PROVGW_RUNTIME_DIR, systemd's RuntimeDirectory= (the first of its list) is used
        Finished version = Provgw.of(home.resolve("bin/in.tftpd"), tmp, "-V").in(tmp)
                .env("RUNTIME_DIRECTORY", tmp.resolve("systemd-run") + ":" + tmp.resolve("other")).run();
        assertEquals(0, version.exitCode(), version::describe);
        assertTrue(version.stdout().startsWith("in.tftpd: tftpd-hpa 5.2 command line for provgw"), version::describe);
        assertTrue(version.stdout().contains(Distribution.version()), version::describe);
        assertTrue(Files.isDirectory(tmp.resolve("systemd-run")), version::describe);
    }

    private Provgw inTftpd(String... args) {
        return Provgw.of(home.resolve("bin/in.tftpd"), tmp, args).in(tmp)
                .env("PROVGW_RUNTIME_DIR", tmp.resolve("run").toString());
    }

    private Path onlyGeneratedConfig() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("run"))) {
            List<Path> generated = files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList();
            assertEquals(1, generated.size(), generated.toString());
            return generated.get(0);
        }
    }

    private static int servingPort(RunningProvgw gateway) throws Exception {
        return Integer.parseInt(gateway.awaitStdout(SERVING, START_LIMIT).group(1));
    }

    private static Path file(Path file, String content, String mode) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private void openUp() throws IOException {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("logs"), PosixFilePermissions.fromString("rwxrwxrwx"));
        for (Path dir : List.of(tmp.resolve("srv"), tftpboot)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static Optional<String> uid(String user) throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start();
        String out = new String(id.getInputStream().readAllBytes()).trim();
        if (!id.waitFor(10, TimeUnit.SECONDS)) {
            fail("id -u did not finish");
        }
        return id.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    }
}
