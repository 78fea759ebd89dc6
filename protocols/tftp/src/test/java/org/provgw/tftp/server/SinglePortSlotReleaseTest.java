package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;

/**
 * Every end path of {@link SlotReleaseTest} with each transfer, read or upload, on the listening
 * socket ({@code tftp.single-port}), and the ones only that mode has: a stranger's packet is
 * dropped rather than answered, and a new request from the client ends its running transfer.
 */
class SinglePortSlotReleaseTest extends SlotReleaseTest {

    @Override
    Map<String, String> mode() {
        return Map.of("single-port", "true");
    }

    @Test
    @Override
    void readInterruptedByAStrangerThenCompleted() throws Exception {
        restartWithSlowTimers();
        try (RawPeer client = new RawPeer(LOOPBACK); RawPeer stranger = new RawPeer(LOOPBACK)) {
            RawPeer.Received first = rrq(client, "f.bin");
            stranger.send(first.from(), new Ack(1));
            assertTrue(stranger.silentFor(200), "no ERROR 5 from the port the stranger's next request goes to");
            client.send(first.from(), new Ack(1));
            client.receive();
            client.send(first.from(), new Ack(2));
        }
        assertReleased(Outcome.COMPLETED);
        assertEquals(1, server.counters().stray());
    }

    @Test
    void writeInterruptedByAStrangerThenCompleted() throws Exception {
        restartWithSlowTimers();
        try (UploadPeer client = new UploadPeer(); RawPeer stranger = new RawPeer(LOOPBACK)) {
            client.request(server.address(), "logs/a.log", Map.of());
            stranger.send(client.tid(), new Data(1, new byte[10]));
            assertTrue(stranger.silentFor(200));
            client.upload(new byte[600]);
        }
        assertReleased(Outcome.COMPLETED);
        assertEquals(600, Files.size(root.resolve("logs/a.log")), "the stranger's block is not stored");
    }

    @Test
    void readSupersededByANewRequestOfTheClient() throws Exception {
        restartWithSlowTimers();
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            rrq(client, "f.bin");
            client.send(server.address(), new ReadRequest("missing.bin", TransferMode.OCTET, Map.of()));
            assertEquals(TftpErrorCode.FILE_NOT_FOUND,
                    assertInstanceOf(ErrorPacket.class, client.receive().packet()).code());
        }
        assertAllReleased(Outcome.CLIENT_ABORTED, Outcome.NOT_FOUND);
    }

    @Test
    void writeSupersededByANewRequestOfTheClient() throws Exception {
        restartWithSlowTimers();
        byte[] second = new byte[700];
        second[699] = 7;
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.sendAndAwaitAck(1, new byte[512]);
            assertInstanceOf(Ack.class, client.request(server.address(), "logs/b.log", Map.of()));
            client.upload(second);
        }
        assertAllReleased(Outcome.COMPLETED, Outcome.CLIENT_ABORTED);
        assertFalse(Files.exists(root.resolve("logs/a.log")), "the abandoned upload is not stored");
        assertArrayEquals(second, Files.readAllBytes(root.resolve("logs/b.log")));
        assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
    }

    @Test
    void anUploadSupersededWhileDallyingStaysCompleted() throws Exception {
        restartWithSlowTimers();
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.upload(new byte[100]);
            client.peer.send(server.address(), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            RawPeer.Received first = client.peer.receive();
            assertEquals(1, assertInstanceOf(Data.class, first.packet()).block());
            client.peer.send(first.from(), new Ack(1));
            client.peer.receive();
            client.peer.send(first.from(), new Ack(2));
        }
        assertAllReleased(Outcome.COMPLETED, Outcome.COMPLETED);
        assertEquals(100, Files.size(root.resolve("logs/a.log")));
    }

    /**
     * Timers slow enough that the transfer waits out a quiet moment, and that no retransmission
     * of a first transfer races the client's second request.
     */
    private void restartWithSlowTimers() throws Exception {
        server.close();
        server = new TestServer(Map.of("single-port", "true", "upload.root", root.toString(), "upload.create", "true",
                "upload.allow", "logs", "timeout", "1s"));
        server.files.put("f.bin", new byte[700]);
    }

    private void assertAllReleased(Outcome... outcomes) throws Exception {
        List<AccessRecord> records = server.awaitAccess(outcomes.length);
        assertEquals(List.of(outcomes).stream().sorted().toList(),
                records.stream().map(AccessRecord::outcome).sorted().toList(), records.toString());
        ServingStats stats = server.stats();
        assertEquals(new ServingStats(0, 0, outcomes.length, 0, 0), stats);
    }
}
