package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

/**
 * The endpoint against the TFTP clients people use: curl, atftp and tftp-hpa's tftp (Debian
 * packages; {@code .ci/run} installs them). A test whose client is not installed is skipped with
 * the reason.
 */
@Timeout(120)
class ExternalClientsTest {

    private static final byte[] BIG = random(5 * 1024 * 1024 + 77);
    private static final byte[] TEXT = "line one\nline two\r\nbare\rend\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Map.of());
        server.files.put("firmware/big.sbn", BIG);
        server.files.put("SEP0011AABBCC01.cnf.xml", random(3000));
        server.files.put("empty.txt", new byte[0]);
        server.files.put("text.txt", TEXT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void curlFetchesWithAndWithoutBlksize() throws Exception {
        require("curl");
        Result plain = run("curl", "-sS", "--max-time", "60", "-o", out("a"), url("firmware/big.sbn"));
        assertEquals(0, plain.exit(), plain.output() + server.awaitAccess(1));
        assertArrayEquals(BIG, read("a"));
        Result blksize = run("curl", "-sS", "--max-time", "60", "--tftp-blksize", "1428", "-o", out("b"),
                url("firmware/big.sbn"));
        assertEquals(0, blksize.exit(), blksize.output() + server.awaitAccess(2));
        assertArrayEquals(BIG, read("b"));
        assertEquals(0, run("curl", "-sS", "--max-time", "60", "-o", out("c"), url("empty.txt")).exit());
        assertArrayEquals(new byte[0], read("c"));
        List<AccessRecord> records = server.awaitAccess(3);
        assertTrue(records.stream().anyMatch(r -> r.detail().contains("blksize=1428")), records.toString());
    }

    @Test
    void curlReportsMissingFiles() throws Exception {
        require("curl");
        Result result = run("curl", "-sS", "--max-time", "20", "-o", out("x"), url("nope.bin"));
        assertEquals(68, result.exit(), result.output()); // CURLE_TFTP_NOTFOUND
        assertEquals(Outcome.NOT_FOUND, server.awaitAccess(1).get(0).outcome());
    }

    @Test
    void atftpFetchesWithOptionsAndWindows() throws Exception {
        require("atftp");
        assertEquals(0, atftp("firmware/big.sbn", out("a")).exit());
        assertArrayEquals(BIG, read("a"));
        Result windowed = atftp("firmware/big.sbn", out("b"), "--option", "blksize 1428", "--option", "tsize 0",
                "--option", "windowsize 16");
        assertEquals(0, windowed.exit(), windowed.output());
        assertArrayEquals(BIG, read("b"));
        List<AccessRecord> records = server.awaitAccess(2);
        assertTrue(records.stream().anyMatch(r -> r.detail().contains("windowsize=16")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.detail().contains("tsize=" + BIG.length)), records.toString());
    }

    @Test
    void atftpReportsMissingFiles() throws Exception {
        require("atftp");
        Result result = atftp("missing.cnf.xml", out("x"));
        assertNotEquals(0, result.exit());
        assertTrue(result.output().toLowerCase().contains("not found"), result.output());
    }

    @Test
    void tftpHpaFetchesOctetAndNetascii() throws Exception {
        require("tftp");
        Result octet = tftpHpa("binary", "get", "SEP0011aabbcc01.cnf.xml".toUpperCase().replace(".CNF.XML", ".cnf.xml"),
                out("a"));
        assertEquals(0, octet.exit(), octet.output());
        assertArrayEquals(server.files.get("SEP0011AABBCC01.cnf.xml"), read("a"));

        Result text = tftpHpa("ascii", "get", "text.txt", out("t"));
        assertEquals(0, text.exit(), text.output());
        assertArrayEquals(TEXT, read("t"), "netascii round-trips through tftp-hpa's conversion");

        Result big = tftpHpa("binary", "get", "firmware/big.sbn", out("b"));
        assertEquals(0, big.exit(), big.output());
        assertArrayEquals(BIG, read("b"));
    }

    @Test
    void tftpHpaReportsMissingFilesAndRefusedUploads() throws Exception {
        require("tftp");
        Result missing = tftpHpa("binary", "get", "missing.bin", out("x"));
        assertTrue(missing.output().contains("Error code 1"), missing.output());
        Files.write(dir.resolve("up.bin"), new byte[100]);
        Result put = tftpHpa("binary", "put", dir.resolve("up.bin").toString(), "up.bin");
        assertTrue(put.output().contains("Error code 2"), put.output());
    }

    private Result atftp(String remote, String local, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("atftp", "--get", "-r", remote, "-l", local));
        command.addAll(List.of(options));
        command.addAll(List.of("127.0.0.1", Integer.toString(server.port())));
        return run(command.toArray(String[]::new));
    }

    private Result tftpHpa(String mode, String verb, String a, String b) throws Exception {
        return run("tftp", "-m", mode, "127.0.0.1", Integer.toString(server.port()), "-c", verb, a, b);
    }

    private String url(String name) {
        return "tftp://127.0.0.1:" + server.port() + "/" + name;
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private byte[] read(String name) throws Exception {
        return Files.readAllBytes(dir.resolve(name));
    }

    record Result(int exit, String output) {
    }

    private Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "client did not finish: " + List.of(command));
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    static void require(String binary) {
        boolean found = false;
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(entry, binary));
        }
        assumeTrue(found, binary + " is not installed (Debian package; .ci/run installs it)");
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
