package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * Real clients against single-port mode, where the reply to a request comes from the port the
 * request went to, for reads and uploads: curl, atftp and tftp-hpa's tftp accept that;
 * commons-net does not.
 */
@Timeout(120)
class SinglePortClientsTest {

    private static final byte[] FILE = random(300_000);

    private static final byte[] TEXT = "line one\nline two\r\nbare\rend\n".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;
    private Path root;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(dir.resolve("tftpboot")).toRealPath();
        server = new TestServer(Map.of("single-port", "true", "upload.root", root.toString(), "upload.create", "true"));
        server.files.put("firmware.sbn", FILE);
        Files.write(dir.resolve("firmware.sbn"), FILE);
        Files.write(dir.resolve("text.txt"), TEXT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void curl() throws Exception {
        ExternalClientsTest.require("curl");
        assertFetched(run("curl", "-sS", "--max-time", "60", "--tftp-blksize", "1428", "-o", out(),
                "tftp://127.0.0.1:" + server.port() + "/firmware.sbn"));
    }

    @Test
    void atftpWithAWindow() throws Exception {
        ExternalClientsTest.require("atftp");
        assertFetched(run("atftp", "--get", "-r", "firmware.sbn", "-l", out(), "--option", "windowsize 8",
                "127.0.0.1", Integer.toString(server.port())));
    }

    @Test
    void tftpHpa() throws Exception {
        ExternalClientsTest.require("tftp");
        assertFetched(run("tftp", "-m", "binary", "127.0.0.1", Integer.toString(server.port()), "-c", "get",
                "firmware.sbn", out()));
    }

    @Test
    void curlUploads() throws Exception {
        ExternalClientsTest.require("curl");
        run("curl", "-sS", "--max-time", "60", "--tftp-blksize", "1428", "-T", "firmware.sbn",
                "tftp://127.0.0.1:" + server.port() + "/curl.sbn");
        assertArrayEquals(FILE, Files.readAllBytes(root.resolve("curl.sbn")));
    }

    @Test
    void atftpUploadsWithAWindowAndTsize() throws Exception {
        ExternalClientsTest.require("atftp");
        run("atftp", "--put", "-l", "firmware.sbn", "-r", "atftp.sbn", "--option", "windowsize 8", "--option",
                "tsize 0", "127.0.0.1", Integer.toString(server.port()));
        assertArrayEquals(FILE, Files.readAllBytes(root.resolve("atftp.sbn")));
        assertTrue(server.awaitAccess(1).get(0).detail().contains("windowsize=8"), server.access.toString());
    }

    @Test
    void tftpHpaUploadsOctetAndNetascii() throws Exception {
        ExternalClientsTest.require("tftp");
        run("tftp", "-m", "binary", "127.0.0.1", Integer.toString(server.port()), "-c", "put", "firmware.sbn",
                "hpa.sbn");
        run("tftp", "-m", "ascii", "127.0.0.1", Integer.toString(server.port()), "-c", "put", "text.txt", "hpa.txt");
        assertArrayEquals(FILE, Files.readAllBytes(root.resolve("hpa.sbn")));
        assertArrayEquals(TEXT, Files.readAllBytes(root.resolve("hpa.txt")));
    }

    /**
     * The one client here that insists on RFC 1350 §4's new transfer ID: commons-net rejects a
     * first reply from the port it sent the request to. Single-port mode is not for it (nor is
     * dnsmasq's); the README says so.
     */
    @Test
    void commonsNetRefusesRepliesFromTheRequestPort() throws Exception {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.open();
        try {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> client.receiveFile("firmware.sbn", TFTP.BINARY_MODE, new ByteArrayOutputStream(),
                            InetAddress.getLoopbackAddress(), server.port()));
            assertTrue(e.getMessage().contains("Incorrect source port"), e.getMessage());
        } finally {
            client.close();
        }
    }

    private void assertFetched(String output) throws Exception {
        assertArrayEquals(FILE, Files.readAllBytes(dir.resolve("out")), output);
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    private String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "client did not finish: " + List.of(command));
        assertEquals(0, process.exitValue(), () -> output + server.access);
        return output;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
