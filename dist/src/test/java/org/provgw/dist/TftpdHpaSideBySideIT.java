package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small part of {@code bench/compare-tftpd-hpa.sh} as a test: the installed tftpd-hpa and
 * provgw's {@code bin/in.tftpd}, started with one command line and one map file, each on its own
 * copy of one tree, are asked the same reads and uploads by commons-net's client and must answer
 * alike: the bytes, the ERROR code and message, the file stored and its mode. Only cases where
 * they agree by design are here; the script also shows the deliberate differences.
 *
 * <p>Needs {@code /usr/sbin/in.tftpd}, root ({@code -s} chroots, both drop to {@code -u
 * nobody}) and util-linux {@code setpriv}; skipped, with the reason, otherwise. Binds
 * 127.0.0.1 ports 18340-18349 only (18340 and 18341 to listen, 18342-18349 for transfers), since
 * tftpd-hpa cannot report a port the system chose.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TftpdHpaSideBySideIT {

    private static final Path TFTPD_HPA = Path.of("/usr/sbin/in.tftpd");
    private static final int HPA_PORT = 18340;
    private static final int PROVGW_PORT = 18341;
    private static final int LAST_PORT = 18349;
    private static final String USER = "nobody";
    private static final Pattern ERROR = Pattern.compile("Error code (\\d+) received: (.*)", Pattern.DOTALL);
    private static final String MAP = String.join("\n",
            "rg \\\\ /",
            "r ^/+",
            "ri ^sep([0-9a-f]{12})\\.cnf\\.xml$ SEP\\U\\1\\E.cnf.xml",
            "ri ^([^/]+\\.(sbn|loads))$ firmware/\\1",
            "a \\.cfg$",
            "Pr ^([^/]+\\.log)$ upload/\\1", "");

    /** One request, asked of a server on its port with its tree; the answer as a comparable line. */
    private interface Request {
        String ask(int port, Path tree) throws Exception;
    }

    private record Case(String name, Request request) {
    }

    @TempDir
    Path tmp;

    @Test
    void answersTheSameReadsAndUploadsAsTftpdHpa() throws Exception {
        assumeTrue(Files.isExecutable(TFTPD_HPA), TFTPD_HPA + " is not installed (Debian package tftpd-hpa)");
        assumeTrue("root".equals(System.getProperty("user.name")),
                "tftpd-hpa -s chroots and both servers drop to -u " + USER + ": needs root");
        Binaries.require("setpriv", "in.tftpd changes to the -u user with it");
        Binaries.require("setsid", "each server runs in a session of its own, killed whole");
        assumeTrue(portsFree(), "a port of 127.0.0.1:" + HPA_PORT + "-" + LAST_PORT + " is in use");
        UserPrincipal nobody = tmp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);

        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path map = Files.writeString(tmp.resolve("phones.map"), MAP);
        Path hpaTree = tree(tmp.resolve("tree-hpa"), nobody);
        Path provgwTree = tree(tmp.resolve("tree-provgw"), nobody);
        Path home = Distribution.copyTo(tmp.resolve("provgw"));
        Files.setOwner(home.resolve("logs"), nobody);

        List<Case> cases = List.of(
                new Case("get size-512.dat", (port, tree) -> get(port, "size-512.dat", TFTP.BINARY_MODE)),
                new Case("get missing.dat", (port, tree) -> get(port, "missing.dat", TFTP.BINARY_MODE)),
                new Case("get sep0011aabbcc01.cnf.xml (case folded)",
                        (port, tree) -> get(port, "sep0011aabbcc01.cnf.xml", TFTP.BINARY_MODE)),
                new Case("get /P0030801SR02.sbn (slash, firmware/)",
                        (port, tree) -> get(port, "/P0030801SR02.sbn", TFTP.BINARY_MODE)),
                new Case("get \\firmware\\P0030801SR02.sbn",
                        (port, tree) -> get(port, "\\firmware\\P0030801SR02.sbn", TFTP.BINARY_MODE)),
                new Case("get phone.cfg (an a rule)", (port, tree) -> get(port, "phone.cfg", TFTP.BINARY_MODE)),
                new Case("get SEP0011AABBCC01.cnf.xml in netascii",
                        (port, tree) -> get(port, "SEP0011AABBCC01.cnf.xml", TFTP.ASCII_MODE)),
                new Case("put SEP0011AABBCC01.log (a P rule, -c)",
                        (port, tree) -> put(port, tree, "SEP0011AABBCC01.log", "upload/SEP0011AABBCC01.log")),
                new Case("put upload/own.log (not world-writable)",
                        (port, tree) -> put(port, tree, "upload/own.log", "upload/own.log")),
                new Case("put upload/nodir/x.bin", (port, tree) -> put(port, tree, "upload/nodir/x.bin",
                        "upload/nodir/x.bin")));

        try (ServerSession hpa = ServerSession.start("tftpd-hpa", command(TFTPD_HPA, HPA_PORT, map, hpaTree),
                     Map.of(), tmp.resolve("tftpd-hpa.log"));
             ServerSession provgw = ServerSession.start("provgw",
                     command(home.resolve("bin/in.tftpd"), PROVGW_PORT, map, provgwTree),
                     Map.of("PROVGW_RUNTIME_DIR", tmp.resolve("run").toString()), tmp.resolve("provgw.log"))) {
            assertTrue(hpa.awaitBound(HPA_PORT, Duration.ofSeconds(10)), () -> log("tftpd-hpa.log"));
            assertTrue(provgw.awaitBound(PROVGW_PORT, Duration.ofSeconds(60)), () -> log("provgw.log"));
            List<String> differences = new ArrayList<>();
            for (Case c : cases) {
                String expected = c.request().ask(HPA_PORT, hpaTree);
                String actual = c.request().ask(PROVGW_PORT, provgwTree);
                if (!expected.equals(actual)) {
                    differences.add(c.name() + ": tftpd-hpa " + expected + ", provgw " + actual);
                }
            }
            assertEquals(List.of(), differences, () -> log("provgw.log"));
        }
    }

    /** tftpd-hpa's command line, the same for both but for the port and the tree. */
    private static List<String> command(Path program, int port, Path map, Path tree) {
        return List.of(program.toString(), "-L", "-a", "127.0.0.1:" + port, "-u", USER, "-s", "-c",
                "-m", map.toString(), "-R", (PROVGW_PORT + 1) + ":" + LAST_PORT, tree.toString());
    }

    private static Path tree(Path root, UserPrincipal nobody) throws IOException {
        Random random = new Random(42);
        Files.createDirectories(root.resolve("firmware"));
        Files.write(root.resolve("size-512.dat"), bytes(random, 512));
        Files.write(root.resolve("firmware/P0030801SR02.sbn"), bytes(random, 3000));
        Files.writeString(root.resolve("SEP0011AABBCC01.cnf.xml"),
                "<device>\n  <loadInformation>P0030801SR02</loadInformation>\n</device>\n");
        Files.writeString(root.resolve("phone.cfg"), "refused by a rule\n");
        Path upload = Files.createDirectories(root.resolve("upload"));
        Path own = Files.writeString(upload.resolve("own.log"), "old\n");
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        Files.setOwner(upload, nobody);
        Files.setOwner(own, nobody);
        return root;
    }

    private static byte[] bytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** @return {@code DATA <size> <sha-256>} or {@code ERROR <code> <message>} */
    private static String get(int port, String name, int mode) throws IOException {
        TFTPClient client = client();
        try {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            client.receiveFile(name, mode, received, InetAddress.getByName("127.0.0.1"), port);
            return "DATA " + received.size() + " " + sha256(received.toByteArray());
        } catch (IOException e) {
            return error(e);
        } finally {
            client.close();
        }
    }

    /** @return the outcome, then what the tree holds at {@code stored}: size, SHA-256 and mode, or absent */
    private static String put(int port, Path tree, String name, String stored) throws IOException {
        byte[] content = bytes(new Random(7), 1500);
        TFTPClient client = client();
        String outcome;
        try {
            client.sendFile(name, TFTP.BINARY_MODE, new ByteArrayInputStream(content),
                    InetAddress.getByName("127.0.0.1"), port);
            outcome = "stored";
        } catch (IOException e) {
            outcome = error(e);
        } finally {
            client.close();
        }
        Path file = tree.resolve(stored);
        if (!Files.exists(file)) {
            return outcome + "; absent";
        }
        return outcome + "; " + Files.size(file) + " " + sha256(Files.readAllBytes(file)) + " "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static TFTPClient client() throws SocketException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.setMaxTimeouts(3);
        client.open();
        return client;
    }

    private static String error(IOException e) throws IOException {
        Matcher m = ERROR.matcher(String.valueOf(e.getMessage()));
        if (!m.matches()) {
            throw e; // no answer at all is a failure of the test, not an answer to compare
        }
        return "ERROR " + m.group(1) + " " + m.group(2);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean portsFree() {
        for (int port = HPA_PORT; port <= LAST_PORT; port++) {
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
                probe.getLocalPort();
            } catch (SocketException e) {
                return false;
            }
        }
        return true;
    }

    private String log(String file) {
        try {
            return Files.readString(tmp.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no " + file + ": " + e + ")";
        }
    }
}
