package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.provider.InvalidSettingException;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/**
 * Uploads with the port and address settings: a port range, allowlists, refused options, the
 * inherited socket and tftpd-hpa's absolute names. Each behaves for a WRQ as it does for an RRQ.
 */
@Timeout(60)
class UploadNetworkTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;
    private Path root;
    private TestServer server;
    private DatagramChannel inherited;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(dir.resolve("tftpboot")).toRealPath();
        Files.createDirectories(root.resolve("logs"));
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (inherited != null) {
            inherited.close();
        }
    }

    @Test
    void anUploadAndItsRefusalAnswerFromPortsOfTheRange() throws Exception {
        int base = FreePorts.block(LOOPBACK, 3);
        start(Map.of("port-range", base + ":" + (base + 2), "upload.allow", "logs"));
        try (UploadPeer client = new UploadPeer()) {
            assertInstanceOf(Ack.class, client.request(server.address(), "logs/a.log", Map.of()));
            assertInRange(base, client.tid());
            client.upload(new byte[700]);
            assertEquals(TftpErrorCode.ACCESS_VIOLATION,
                    assertInstanceOf(ErrorPacket.class, client.request(server.address(), "a.log", Map.of())).code());
            assertInRange(base, client.tid());
        }
        assertEquals(700, Files.size(root.resolve("logs/a.log")));
        assertEquals(0, server.counters().rangeFull());
    }

    @Test
    void aFullRangeAnswersAnUploadBusyAndKeepsNothing() throws Exception {
        int base = FreePorts.block(LOOPBACK, 1);
        start(Map.of("port-range", base + ":" + base, "timeout", "5s"));
        server.files.put("f.bin", new byte[600]);
        try (RawPeer reader = new RawPeer(LOOPBACK); UploadPeer uploader = new UploadPeer()) {
            reader.send(server.address(), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            RawPeer.Received first = reader.receive();

            ErrorPacket busy = assertInstanceOf(ErrorPacket.class,
                    uploader.request(server.address(), "logs/a.log", Map.of()));
            assertEquals(new ErrorPacket(TftpErrorCode.NOT_DEFINED, "server busy, try again"), busy);
            assertEquals(base, uploader.tid().getPort(), "sent from the one socket the range has open");
            assertEquals(1, server.counters().rangeFull());
            assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
            assertEquals(1, server.stats().inUse(), "only the read holds a slot");

            reader.send(first.from(), new Ack(1));
            reader.receive();
            reader.send(first.from(), new Ack(2));
        }
        List<AccessRecord> records = server.awaitAccess(2);
        assertEquals(List.of(Outcome.COMPLETED, Outcome.BUSY), records.stream().map(AccessRecord::outcome).sorted()
                .toList());
        assertFalse(Files.exists(root.resolve("logs/a.log")));
    }

    @Test
    void eachListenersAllowlistAppliesToUploads() throws Exception {
        start(Map.of("listen", "127.0.0.1:0, 127.0.0.1:0", "allow.1", "127.0.0.0/8", "allow.2", "192.0.2.0/24"));
        try (UploadPeer client = new UploadPeer()) {
            client.peer.send(server.addresses().get(1),
                    new WriteRequest("logs/b.log", TransferMode.OCTET, Map.of()));
            assertTrue(client.peer.silentFor(300), "no answer at all outside the listener's allowlist");
            assertInstanceOf(Ack.class, client.request(server.addresses().get(0), "logs/a.log", Map.of()));
            client.upload(new byte[10]);
        }
        assertEquals(1, server.counters().notAllowed());
        assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
        assertFalse(Files.exists(root.resolve("logs/b.log")));
        assertEquals(List.of(), UploadPeer.temporaryFiles(root));
    }

    @Test
    void refusedOptionsStayRefusedForUploadsTsizeIncluded() throws Exception {
        start(Map.of("refuse-options", "tsize, windowsize", "upload.max-size", "1000"));
        try (UploadPeer client = new UploadPeer()) {
            OptionAck oack = assertInstanceOf(OptionAck.class, client.request(server.address(), "logs/a.log",
                    Map.of("tsize", "5000", "blksize", "1024", "windowsize", "8")));
            assertEquals(Map.of("blksize", "1024"), oack.options(),
                    "neither echoed nor held against the cap: the size is as unknown as the option");
            client.sendAndAwaitAck(1, new byte[600]);
        }
        assertEquals(600, Files.size(root.resolve("logs/a.log")));
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals("put blksize=1024", record.detail());
    }

    @Test
    void theInheritedSocketTakesUploadsOnPortsOfTheirOwnOrOnItself() throws Exception {
        for (String singlePort : List.of("false", "true")) {
            inherited = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
            server = new TestServer(settings(Map.of("listen", "inherited", "single-port", singlePort)),
                    () -> inherited);
            try (UploadPeer client = new UploadPeer()) {
                assertInstanceOf(Ack.class, client.request(server.address(), "logs/" + singlePort + ".log", Map.of()));
                if (singlePort.equals("true")) {
                    assertEquals(server.address(), client.tid());
                } else {
                    assertNotEquals(server.address(), client.tid());
                }
                client.upload(new byte[1000]);
            }
            assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
            server.close();
            inherited.close();
            assertEquals(1000, Files.size(root.resolve("logs/" + singlePort + ".log")));
        }
    }

    @Test
    void withPathPrefixesAnUploadGoesWhereItsAbsoluteNameSays() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other")).toRealPath();
        start(Map.of("path-prefixes", root + ", " + other));
        byte[] content = {1, 2, 3};
        try (UploadPeer client = new UploadPeer()) {
            assertInstanceOf(Ack.class, client.request(server.address(), root + "/logs/a.log", Map.of()));
            client.upload(content);
            ErrorPacket elsewhere = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), other + "/b.log", Map.of()));
            assertEquals(TftpErrorCode.ACCESS_VIOLATION, elsewhere.code());
            assertEquals("Forbidden directory for uploads: they go to " + root, elsewhere.message());
            assertEquals(TftpErrorCode.ACCESS_VIOLATION, assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "logs/c.log", Map.of())).code());
        }
        assertArrayEquals(content, Files.readAllBytes(root.resolve("logs/a.log")));
        assertFalse(Files.exists(root.resolve("b.log")), "not stored under another directory than the one named");
        assertFalse(Files.exists(other.resolve("b.log")));
    }

    @Test
    void anUploadRootNoPathPrefixHoldsIsAConfigurationError() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> start(Map.of("path-prefixes", dir.resolve("elsewhere").toString())));
        assertTrue(e.getMessage().contains("tftp.upload.root"), e.getMessage());
        assertTrue(e.getMessage().contains("inside none of tftp.path-prefixes"), e.getMessage());
    }

    private void start(Map<String, String> settings) throws Exception {
        server = new TestServer(settings(settings));
    }

    private Map<String, String> settings(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("upload.root", root.toString(), "upload.create", "true",
                "timeout", "500ms"));
        all.putAll(settings);
        return all;
    }

    private static void assertInRange(int base, InetSocketAddress tid) {
        assertTrue(tid.getPort() >= base && tid.getPort() <= base + 2, tid + " outside " + base + "+2");
    }
}
