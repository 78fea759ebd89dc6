package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;
import org.provgw.tftp.upload.TempNames;

/** A hand-driven uploading client: a {@link RawPeer} that knows the WRQ side of the protocol. */
final class UploadPeer implements AutoCloseable {

    final RawPeer peer;
    private InetSocketAddress tid;

    UploadPeer() throws IOException {
        peer = new RawPeer(InetAddress.getLoopbackAddress());
    }

    /** Sends a WRQ and returns the first answer (ACK 0, OACK or ERROR), remembering its TID. */
    TftpPacket request(InetSocketAddress server, String name, Map<String, String> options) throws Exception {
        peer.send(server, new WriteRequest(name, TransferMode.OCTET, options));
        RawPeer.Received reply = peer.receive();
        tid = reply.from();
        return reply.packet();
    }

    InetSocketAddress tid() {
        return tid;
    }

    void send(int block, byte[] payload) throws IOException {
        peer.send(tid, new Data(block, payload));
    }

    /** Sends one block and waits for its ACK, skipping repeats of earlier ACKs (the server's timer). */
    void sendAndAwaitAck(int block, byte[] payload) throws Exception {
        send(block, payload);
        awaitAck(block);
    }

    void awaitAck(int block) throws Exception {
        while (true) {
            TftpPacket packet = receive();
            if (packet instanceof ErrorPacket e) {
                fail("expected ACK " + block + ", got " + e);
            }
            int acked = assertInstanceOf(Ack.class, packet).block();
            if (acked == block) {
                return;
            }
            if (acked > block) {
                fail("expected ACK " + block + ", got ACK " + acked);
            }
        }
    }

    /** Waits for an ERROR, skipping ACKs resent meanwhile. */
    ErrorPacket awaitError() throws Exception {
        while (true) {
            TftpPacket packet = receive();
            if (packet instanceof ErrorPacket e) {
                return e;
            }
            assertInstanceOf(Ack.class, packet);
        }
    }

    TftpPacket receive() throws IOException, TftpProtocolException {
        RawPeer.Received received = peer.receive();
        assertEquals(tid, received.from(), "every answer comes from the transfer's port");
        return received.packet();
    }

    /** Uploads {@code content} in lockstep blocks of 512 and waits for the final ACK. */
    void upload(byte[] content) throws Exception {
        int block = 1;
        for (int offset = 0; ; offset += 512, block++) {
            sendAndAwaitAck(block, Arrays.copyOfRange(content, offset, Math.min(content.length, offset + 512)));
            if (content.length - offset < 512) {
                return;
            }
        }
    }

    @Override
    public void close() {
        peer.close();
    }

    /** @return the temporary upload files anywhere under {@code root} */
    static List<Path> temporaryFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> TempNames.isTemporary(p.getFileName().toString())).toList();
        }
    }

    /** Waits (a discard runs on the look-up pool) until no temporary file is left under {@code root}. */
    static List<Path> awaitNoTemporaryFiles(Path root) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Path> left = temporaryFiles(root);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            left = temporaryFiles(root);
        }
        return left;
    }
}
