package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

/**
 * Uploads from the clients people use: tftp-hpa's tftp, atftp, curl (Debian packages; a test
 * whose client is missing is skipped with the reason) and commons-net's TFTPClient.
 */
@Timeout(120)
class UploadClientsTest {

    private static final byte[] BIG = random(1024 * 1024 + 77);
    private static final byte[] TEXT = "line one\nline two\r\nbare\rend\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_SIZE = 2 * 1024 * 1024;

    @TempDir
    Path dir;
    private Path root;
    private Path local;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(dir.resolve("tftpboot")).toRealPath();
        Files.createDirectories(root.resolve("logs"));
        local = Files.createDirectories(dir.resolve("client"));
        Files.write(local.resolve("big.bin"), BIG);
        Files.write(local.resolve("text.txt"), TEXT);
        Files.write(local.resolve("huge.bin"), new byte[MAX_SIZE + 1]);
        server = server(Map.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tftpHpaPutsOctetAndNetascii() throws Exception {
        ExternalClientsTest.require("tftp");
        Result octet = tftpHpa("binary", "put", file("big.bin"), "logs/big.bin");
        assertEquals(0, octet.exit(), octet.output());
        assertArrayEquals(BIG, Files.readAllBytes(root.resolve("logs/big.bin")));

        Result text = tftpHpa("ascii", "put", file("text.txt"), "logs/text.txt");
        assertEquals(0, text.exit(), text.output());
        assertArrayEquals(TEXT, Files.readAllBytes(root.resolve("logs/text.txt")),
                "tftp-hpa's netascii conversion is undone on the way in");

        List<AccessRecord> records = server.awaitAccess(2);
        assertTrue(records.stream().allMatch(r -> r.outcome() == Outcome.COMPLETED), records.toString());
        assertTrue(records.stream().allMatch(r -> r.detail().equals("put")), "tftp-hpa sends no options");
    }

    @Test
    void tftpHpaIsToldWhyAnUploadIsRefused() throws Exception {
        ExternalClientsTest.require("tftp");
        server.close();
        server = server(Map.of("upload.create", "false"));
        Result missing = tftpHpa("binary", "put", file("text.txt"), "logs/new.txt");
        assertTrue(missing.output().contains("Error code 1"), missing.output());
        Result outside = tftpHpa("binary", "put", file("text.txt"), "../escape.txt");
        assertTrue(outside.output().contains("Error code 2"), outside.output());

        server.close();
        server = server(Map.of());
        Result huge = tftpHpa("binary", "put", file("huge.bin"), "logs/huge.bin");
        assertTrue(huge.output().contains("Error code 3"), huge.output());
        assertFalse(Files.exists(root.resolve("logs/huge.bin")));
        assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
    }

    @Test
    void atftpPutsWithBlksizeTsizeAndWindowsize() throws Exception {
        ExternalClientsTest.require("atftp");
        Result plain = atftp(file("big.bin"), "logs/plain.bin");
        assertEquals(0, plain.exit(), plain.output());
        assertArrayEquals(BIG, Files.readAllBytes(root.resolve("logs/plain.bin")));

        Result windowed = atftp(file("big.bin"), "logs/windowed.bin", "--option", "blksize 1428",
                "--option", "tsize 0", "--option", "windowsize 16");
        assertEquals(0, windowed.exit(), windowed.output());
        assertArrayEquals(BIG, Files.readAllBytes(root.resolve("logs/windowed.bin")));

        List<AccessRecord> records = server.awaitAccess(2);
        AccessRecord options = records.stream().filter(r -> r.file().equals("logs/windowed.bin")).findFirst()
                .orElseThrow();
        assertEquals(Outcome.COMPLETED, options.outcome());
        assertTrue(options.detail().contains("blksize=1428"), options.detail());
        assertTrue(options.detail().contains("windowsize=16"), options.detail());
        assertTrue(options.detail().contains("tsize="), options.detail());
    }

    @Test
    void atftpIsRefusedAnAnnouncedSizeOverTheCap() throws Exception {
        ExternalClientsTest.require("atftp");
        Result huge = atftp(file("huge.bin"), "logs/huge.bin", "--option", "tsize 0");
        assertNotEquals(0, huge.exit(), huge.output());
        assertFalse(Files.exists(root.resolve("logs/huge.bin")));
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(Outcome.DENIED, record.outcome());
        assertTrue(record.detail().startsWith("put ERROR 3 ") || record.detail().startsWith("put Disk full"),
                record.detail());
        assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
    }

    @Test
    void curlUploadsWithAndWithoutBlksize() throws Exception {
        ExternalClientsTest.require("curl");
        Result plain = run("curl", "-sS", "--max-time", "60", "-T", file("big.bin"), url("logs/curl.bin"));
        assertEquals(0, plain.exit(), plain.output());
        assertArrayEquals(BIG, Files.readAllBytes(root.resolve("logs/curl.bin")));
        Result blksize = run("curl", "-sS", "--max-time", "60", "--tftp-blksize", "1428", "-T", file("big.bin"),
                url("logs/curl1428.bin"));
        assertEquals(0, blksize.exit(), blksize.output());
        assertArrayEquals(BIG, Files.readAllBytes(root.resolve("logs/curl1428.bin")));
        Result huge = run("curl", "-sS", "--max-time", "60", "-T", file("huge.bin"), url("logs/huge.bin"));
        assertNotEquals(0, huge.exit(), huge.output());
        assertFalse(Files.exists(root.resolve("logs/huge.bin")));

        server.close(); // ends the dallies (curl negotiates timeout 6: 12 s each), which log them as completed
        List<AccessRecord> records = server.awaitAccess(3);
        assertTrue(records.stream().anyMatch(r -> r.detail().contains("blksize=1428")), records.toString());
        assertTrue(records.stream().anyMatch(r -> r.detail().contains("tsize=" + BIG.length)),
                "curl announces the size: " + records);
    }

    @Test
    void commonsNetSendsOctetAndNetascii() throws Exception {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(java.time.Duration.ofSeconds(2));
        client.open();
        try {
            client.sendFile("logs/commons.bin", TFTP.BINARY_MODE, new ByteArrayInputStream(BIG),
                    InetAddress.getLoopbackAddress(), server.port());
            client.sendFile("logs/commons.txt", TFTP.NETASCII_MODE, new ByteArrayInputStream("a\nb\nc".getBytes()),
                    InetAddress.getLoopbackAddress(), server.port());
            IOException huge = assertThrows(IOException.class, () -> client.sendFile("logs/huge.bin",
                    TFTP.BINARY_MODE, new ByteArrayInputStream(new byte[MAX_SIZE + 1]),
                    InetAddress.getLoopbackAddress(), server.port()));
            assertTrue(huge.getMessage().contains("3"), huge.getMessage());
        } finally {
            client.close();
        }
        assertArrayEquals(BIG, Files.readAllBytes(root.resolve("logs/commons.bin")));
        assertEquals("a\nb\nc", Files.readString(root.resolve("logs/commons.txt")),
                "commons-net sends LF as CR LF, which is stored as LF again");
        assertFalse(Files.exists(root.resolve("logs/huge.bin")));
        List<AccessRecord> records = server.awaitAccess(3);
        assertEquals(List.of(Outcome.COMPLETED, Outcome.COMPLETED, Outcome.DENIED),
                records.stream().map(AccessRecord::outcome).sorted().toList());
    }

    @Test
    void aRealClientKilledMidwayLeavesNoFileAndTheOldContent() throws Exception {
        ExternalClientsTest.require("tftp");
        server.close();
        server = server(Map.of("timeout", "100ms", "timeout.max", "200ms", "retries", "3"));
        Path old = Files.writeString(root.resolve("logs/big.bin"), "old content");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.write(local.resolve("bigger.bin"), random(MAX_SIZE));
        Process put = new ProcessBuilder("tftp", "-m", "binary", "127.0.0.1", Integer.toString(server.port()),
                "-c", "put", file("bigger.bin"), "logs/big.bin").redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (temporaryBytes() < 100_000 && put.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertTrue(put.isAlive(), "the upload ended before it could be killed");
        } finally {
            put.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(Outcome.TIMEOUT, record.outcome(), record.toString());
        assertTrue(record.bytes() >= 100_000 && record.bytes() < MAX_SIZE, record.toString());
        assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
        assertEquals("old content", Files.readString(old));
    }

    private long temporaryBytes() throws IOException {
        long size = 0;
        for (Path temp : UploadPeer.temporaryFiles(root)) {
            try {
                size += Files.size(temp);
            } catch (IOException e) {
                // deleted meanwhile
            }
        }
        return size;
    }

    private TestServer server(Map<String, String> settings) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("upload.root", root.toString(), "upload.create", "true",
                "upload.max-size", Integer.toString(MAX_SIZE), "timeout", "500ms"));
        all.putAll(settings);
        return new TestServer(all);
    }

    private Result atftp(String localFile, String remote, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("atftp", "--put", "-l", localFile, "-r", remote));
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

    private String file(String name) {
        return local.resolve(name).toString();
    }

    record Result(int exit, String output) {
    }

    private Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(local.toFile()).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "client did not finish: " + List.of(command));
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
