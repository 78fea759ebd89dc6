package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Rewrite;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/** The endpoint packet by packet: TIDs, strangers, refusals, timeouts and shutdown on real sockets. */
@Timeout(30)
class EndpointBehaviourTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachTransferAnswersFromItsOwnPortAndAStrangerGetsError5() throws Exception {
        server = new TestServer(Map.of());
        server.files.put("f.bin", new byte[1500]);
        try (RawPeer client = new RawPeer(LOOPBACK); RawPeer stranger = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", Map.of()));
            RawPeer.Received first = client.receive();
            InetSocketAddress tid = first.from();
            assertNotEquals(server.port(), tid.getPort(), "a new TID, not the listening port");
            assertEquals(1, assertInstanceOf(Data.class, first.packet()).block());

            stranger.send(tid, new Ack(1));
            ErrorPacket error = assertInstanceOf(ErrorPacket.class, stranger.receive().packet());
            assertEquals(TftpErrorCode.UNKNOWN_TID, error.code());

            for (int block = 1; block <= 3; block++) {
                client.send(tid, new Ack(block));
                if (block < 3) {
                    assertEquals(block + 1, ((Data) client.receive().packet()).block(), "the transfer goes on");
                }
            }
            assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
        }
    }

    @Test
    void optionsAreAcknowledgedAndWindowsSent() throws Exception {
        server = new TestServer(Map.of("windowsize.max", "4", "blksize.max", "1024"));
        server.files.put("f.bin", new byte[10_000]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", ordered("blksize", "2048", "windowsize", "8", "tsize", "0")));
            RawPeer.Received oack = client.receive();
            assertEquals(new OptionAck(ordered("blksize", "1024", "windowsize", "4", "tsize", "10000")), oack.packet());
            client.send(oack.from(), new Ack(0));
            for (int block = 1; block <= 4; block++) {
                Data data = (Data) client.receive().packet();
                assertEquals(block, data.block());
                assertEquals(1024, data.length());
            }
            assertTrue(client.silentFor(200), "a window is 4 blocks");
        }
    }

    @Test
    void refusalsComeFromANewPortWithTheRightCode() throws Exception {
        server = new TestServer(Map.of());
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            assertRefused(client, TftpErrorCode.FILE_NOT_FOUND, rrqBytes("missing.bin"));
            assertRefused(client, TftpErrorCode.ACCESS_VIOLATION, rrqBytes("../../etc/passwd"));
            assertRefused(client, TftpErrorCode.ACCESS_VIOLATION,
                    org.provgw.tftp.codec.TftpCodec.toBytes(new WriteRequest("up.bin", TransferMode.OCTET, Map.of())));
            assertRefused(client, TftpErrorCode.ILLEGAL_OPERATION,
                    org.provgw.tftp.codec.TftpCodec.toBytes(new ReadRequest("f", TransferMode.MAIL, Map.of())));
            assertRefused(client, TftpErrorCode.ILLEGAL_OPERATION, new byte[] {0, 1, 'x'});
            assertRefused(client, TftpErrorCode.ILLEGAL_OPERATION, new byte[] {0, 4, 0, 1});

            client.send(server.address(), new ErrorPacket(TftpErrorCode.NOT_DEFINED, "hello"));
            assertTrue(client.silentFor(300), "an ERROR is never answered");
        }
        // each refusal is logged by the thread that sent it, so the lines may come in any order
        List<AccessRecord> records = server.awaitAccess(6);
        assertEquals(List.of(Outcome.NOT_FOUND, Outcome.DENIED, Outcome.DENIED, Outcome.BAD_REQUEST,
                Outcome.BAD_REQUEST, Outcome.BAD_REQUEST),
                records.stream().map(AccessRecord::outcome).sorted().toList());
    }

    @Test
    void requestedNamesGoThroughTheRewriterBeforeTheyAreNormalized() throws Exception {
        NameRewriter rewriter = (name, direction, from, protocol) -> {
            if (name.startsWith("secret")) {
                return new Rewrite.Denied("no secrets for " + from.getAddress().getHostAddress());
            }
            return new Rewrite.Name(name.replace('\\', '/').toLowerCase(java.util.Locale.ROOT));
        };
        server = new TestServer(Map.of(), rewriter);
        server.files.put("dir/sep.cnf.xml", new byte[] {1, 2, 3});
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("DIR\\SEP.CNF.XML", Map.of()));
            RawPeer.Received data = client.receive();
            assertEquals(3, assertInstanceOf(Data.class, data.packet()).length());
            client.send(data.from(), new Ack(1));

            client.send(server.address(), rrq("secret.txt", Map.of()));
            ErrorPacket denied = assertInstanceOf(ErrorPacket.class, client.receive().packet());
            assertEquals(TftpErrorCode.ACCESS_VIOLATION, denied.code());
            assertEquals("no secrets for 127.0.0.1", denied.message());
        }
        List<AccessRecord> records = server.awaitAccess(2);
        assertEquals(List.of(Outcome.COMPLETED, Outcome.DENIED),
                records.stream().map(AccessRecord::outcome).sorted().toList());
        assertTrue(records.stream().anyMatch(r -> r.file().equals("dir/sep.cnf.xml")), records.toString());
    }

    @Test
    void aSilentClientIsGivenUpOnAndReported() throws Exception {
        server = new TestServer(Map.of("timeout", "50ms", "timeout.max", "100ms", "retries", "2"));
        server.files.put("f.bin", new byte[100]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", Map.of()));
            for (int i = 0; i < 3; i++) {
                assertEquals(1, ((Data) client.receive().packet()).block(), "sent, then resent twice");
            }
            assertEquals(TftpErrorCode.NOT_DEFINED, ((ErrorPacket) client.receive().packet()).code());
            AccessRecord record = server.awaitAccess(1).get(0);
            assertEquals(Outcome.TIMEOUT, record.outcome());
            assertEquals(2, record.retransmits());
        }
    }

    @Test
    void stoppingEndsRunningTransfersAndTellsTheirClients() throws Exception {
        server = new TestServer(Map.of());
        server.files.put("f.bin", new byte[100_000]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", Map.of()));
            assertInstanceOf(Data.class, client.receive().packet());
            server.close();
            ErrorPacket error = assertInstanceOf(ErrorPacket.class, client.receive().packet());
            assertEquals("server shutting down", error.message());
            assertEquals(Outcome.SHUTDOWN, server.awaitAccess(1).get(0).outcome());
        }
    }

    @Test
    void servesIpv6Clients() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        server = new TestServer(Map.of("listen", "[::1]:0"));
        server.files.put("f.bin", new byte[700]);
        assertEquals(v6, server.address().getAddress(), server.address().toString());
        try (RawPeer client = new RawPeer(v6)) {
            client.send(server.address(), rrq("f.bin", Map.of()));
            RawPeer.Received first = client.receive();
            assertEquals(v6, first.from().getAddress());
            client.send(first.from(), new Ack(1));
            assertEquals(188, ((Data) client.receive().packet()).length());
            client.send(first.from(), new Ack(2));
            assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
        }
    }

    private void assertRefused(RawPeer client, TftpErrorCode code, byte[] request) throws Exception {
        client.send(server.address(), request);
        RawPeer.Received reply = client.receive();
        assertEquals(code, assertInstanceOf(ErrorPacket.class, reply.packet()).code());
        assertNotEquals(server.port(), reply.from().getPort());
    }

    private static ReadRequest rrq(String name, Map<String, String> options) {
        return new ReadRequest(name, TransferMode.OCTET, options);
    }

    private static byte[] rrqBytes(String name) {
        return org.provgw.tftp.codec.TftpCodec.toBytes(rrq(name, Map.of()));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
