package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

/** The endpoint against commons-net's TFTPClient, an independent RFC 1350 implementation. */
@Timeout(120)
class CommonsNetClientTest {

    private TestServer server;
    private TFTPClient client;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Map.of());
        client = new TFTPClient();
        client.setDefaultTimeout(java.time.Duration.ofSeconds(2));
        client.open();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 511, 512, 513, 1024, 1 << 20})
    void servesFilesOfBoundarySizes(int size) throws Exception {
        byte[] content = random(size);
        server.files.put("f.bin", content);

        assertArrayEquals(content, fetch("f.bin", TFTP.BINARY_MODE));

        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(Outcome.COMPLETED, record.outcome());
        assertEquals(size, record.bytes());
        assertEquals(size / 512 + 1, record.blocks());
        assertEquals("mem", record.provider());
    }

    @Test
    void rollsBlockNumbersOverPast65535() throws Exception {
        byte[] content = random(33 << 20); // 67,584 blocks at 512 bytes
        server.files.put("big.bin", content);

        assertArrayEquals(content, fetch("big.bin", TFTP.BINARY_MODE));
        assertEquals(67_585, server.awaitAccess(1).get(0).blocks());
    }

    @Test
    void convertsLineEndsInNetascii() throws Exception {
        server.files.put("text.txt", "a\nb\rc\r\n".getBytes());
        byte[] received = fetchRaw("text.txt", TFTP.NETASCII_MODE);
        // LF went out as CR LF and CR as CR NUL (RFC 764); commons-net turns CR LF back into LF
        // and leaves CR NUL as it is
        assertEquals("61 0a 62 0d 00 63 0d 00 0a", hex(received));
    }

    @Test
    void answersMissingFilesWithError1() {
        IOException e = assertThrows(IOException.class, () -> fetch("missing.bin", TFTP.BINARY_MODE));
        assertTrue(e.getMessage().contains("1"), e.getMessage());
    }

    @Test
    void refusesUploads() throws Exception {
        IOException e = assertThrows(IOException.class, () -> client.sendFile("up.bin", TFTP.BINARY_MODE,
                new ByteArrayInputStream(new byte[10]), InetAddress.getLoopbackAddress(), server.port()));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        List<AccessRecord> records = server.awaitAccess(1);
        assertEquals(Outcome.DENIED, records.get(0).outcome());
    }

    @Test
    void servesManyClientsOneAfterAnother() throws Exception {
        byte[] content = random(3000);
        server.files.put("SEP0011AABBCC01.cnf.xml", content);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(content, fetch("sep0011aabbcc01.cnf.xml".toUpperCase().replace("CNF.XML", "cnf.xml"),
                    TFTP.BINARY_MODE));
        }
        assertEquals(50, server.awaitAccess(50).size());
    }

    private byte[] fetch(String name, int mode) throws IOException {
        return fetchRaw(name, mode);
    }

    private byte[] fetchRaw(String name, int mode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client.receiveFile(name, mode, out, InetAddress.getLoopbackAddress(), server.port());
        return out.toByteArray();
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02x", b));
        }
        return sb.toString();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
