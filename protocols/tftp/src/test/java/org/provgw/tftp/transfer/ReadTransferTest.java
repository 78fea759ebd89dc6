package org.provgw.tftp.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.Outcome;
import org.provgw.provider.ProvidedFile;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;

/** The read state machine driven packet by packet, with a recording port and a fake clock. */
class ReadTransferTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("127.0.0.1", 40001);
    private static final long SECOND = 1_000_000_000L;
    private static final TransferLimits LIMITS =
            new TransferLimits(65464, 64, Duration.ofSeconds(1), Duration.ofSeconds(4), 3);

    private final RecordingPort port = new RecordingPort(CLIENT);
    private long now = 1_000 * SECOND;

    @Test
    void lockstepWithoutOptionsSendsBlockAfterBlock() {
        byte[] content = bytes(1100);
        ReadTransfer transfer = transfer(content, Map.of());
        transfer.start(now);
        assertEquals(List.of(data(1, content, 0, 512)), port.drain());

        ack(transfer, 1);
        assertEquals(List.of(data(2, content, 512, 512)), port.drain());
        ack(transfer, 2);
        assertEquals(List.of(data(3, content, 1024, 76)), port.drain());
        assertFalse(transfer.isFinished());
        ack(transfer, 3);

        assertTrue(transfer.isFinished());
        assertEquals(new TransferResult(Outcome.COMPLETED, 1100, 3, 0, ""), transfer.result());
        assertEquals(List.of(), port.drain());
    }

    @Test
    void acknowledgesOptionsBeforeTheFirstBlock() {
        byte[] content = bytes(20);
        ReadTransfer transfer = transfer(content, ordered("blksize", "16", "tsize", "0", "foo", "bar"));
        transfer.start(now);
        assertEquals(List.of(new OptionAck(Map.of("blksize", "16", "tsize", "20"))), port.drain());

        ack(transfer, 0);
        assertEquals(List.of(data(1, content, 0, 16)), port.drain());
        ack(transfer, 1);
        assertEquals(List.of(data(2, content, 16, 4)), port.drain());
        ack(transfer, 2);
        assertEquals(Outcome.COMPLETED, transfer.result().outcome());
        assertEquals("blksize=16 tsize=20", transfer.result().detail());
    }

    @Test
    void duplicateAcksAreNotAnswered() {
        ReadTransfer transfer = transfer(bytes(2000), Map.of());
        transfer.start(now);
        ack(transfer, 1);
        port.drain();

        ack(transfer, 1);
        ack(transfer, 1);
        ack(transfer, 0);

        assertEquals(List.of(), port.drain(), "a repeated ACK must not trigger a resend");
        ack(transfer, 2);
        assertEquals(3, ((Data) port.drain().get(0)).block());
    }

    @Test
    void anAckForABlockNeverSentIsIgnored() {
        ReadTransfer transfer = transfer(bytes(2000), Map.of());
        transfer.start(now);
        port.drain();
        ack(transfer, 7);
        assertEquals(List.of(), port.drain());
        assertFalse(transfer.isFinished());
    }

    @Test
    void retransmitsWithBackoffThenGivesUp() {
        byte[] content = bytes(600);
        ReadTransfer transfer = transfer(content, Map.of());
        transfer.start(now);
        port.drain();

        now += SECOND - 1;
        transfer.onTimeout(now);
        assertEquals(List.of(), port.drain(), "not before the deadline");

        now += 1;
        transfer.onTimeout(now);
        assertEquals(List.of(data(1, content, 0, 512)), port.drain());
        assertEquals(now + 2 * SECOND, transfer.deadlineNanos(), "the timeout doubles");

        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        assertEquals(now + 4 * SECOND, transfer.deadlineNanos());
        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        assertEquals(now + 4 * SECOND, transfer.deadlineNanos(), "capped at timeout.max");
        port.drain();

        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        List<TftpPacket> last = port.drain();
        assertEquals(1, last.size());
        assertEquals(TftpErrorCode.NOT_DEFINED, ((ErrorPacket) last.get(0)).code());
        assertEquals(Outcome.TIMEOUT, transfer.result().outcome());
        assertEquals(3, transfer.result().retransmits());
    }

    @Test
    void progressResetsTheBackoff() {
        ReadTransfer transfer = transfer(bytes(2000), Map.of());
        transfer.start(now);
        now += SECOND;
        transfer.onTimeout(now);
        ack(transfer, 1);
        assertEquals(now + SECOND, transfer.deadlineNanos());
    }

    @Test
    void windowIsSentWholeAndRestartsAfterTheLastAcknowledgedBlock() {
        byte[] content = bytes(8 * 10 + 3); // 11 blocks of 8
        ReadTransfer transfer = transfer(content, ordered("blksize", "8", "windowsize", "4"));
        transfer.start(now);
        port.drain();
        ack(transfer, 0);
        assertEquals(List.of(1, 2, 3, 4), blocks(port.drain()));

        ack(transfer, 4);
        assertEquals(List.of(5, 6, 7, 8), blocks(port.drain()));

        ack(transfer, 6); // 7 was lost: the client acknowledges what it has in order
        assertEquals(List.of(7, 8, 9, 10), blocks(port.drain()));

        ack(transfer, 10);
        assertEquals(List.of(11), blocks(port.drain()));
        ack(transfer, 11);
        assertEquals(new TransferResult(Outcome.COMPLETED, 83, 11, 2, "blksize=8 windowsize=4"),
                transfer.result());
    }

    @Test
    void aLostWindowIsResentFromItsStartOnTimeout() {
        byte[] content = bytes(8 * 6);
        ReadTransfer transfer = transfer(content, ordered("blksize", "8", "windowsize", "3"));
        transfer.start(now);
        ack(transfer, 0);
        port.drain();
        ack(transfer, 3);
        assertEquals(List.of(4, 5, 6), blocks(port.drain()));

        now += SECOND;
        transfer.onTimeout(now);
        assertEquals(List.of(4, 5, 6), blocks(port.drain()));
        ack(transfer, 6);
        assertEquals(List.of(7), blocks(port.drain()), "48 bytes end with an empty block");
        ack(transfer, 7);
        assertEquals(Outcome.COMPLETED, transfer.result().outcome());
    }

    @Test
    void blockNumbersRollOverPast65535() {
        byte[] content = bytes(8 * 70_000 + 5);
        ReadTransfer transfer = transfer(content, Map.of("blksize", "8"));
        transfer.start(now);
        port.drain();
        ack(transfer, 0);
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        int expectedWire = 1;
        while (!transfer.isFinished()) {
            List<TftpPacket> packets = port.drain();
            assertEquals(1, packets.size());
            Data data = (Data) packets.get(0);
            assertEquals(expectedWire, data.block());
            received.write(data.payload(), 0, data.length());
            ack(transfer, data.block());
            expectedWire = (expectedWire + 1) & 0xFFFF;
        }
        assertArrayEquals(content, received.toByteArray());
        assertEquals(70_001, transfer.result().blocks());
    }

    @Test
    void emptyFileIsOneEmptyBlock() {
        ReadTransfer transfer = transfer(new byte[0], Map.of());
        transfer.start(now);
        assertEquals(List.of(new Data(1, new byte[0])), port.drain());
        ack(transfer, 1);
        assertEquals(new TransferResult(Outcome.COMPLETED, 0, 1, 0, ""), transfer.result());
    }

    @Test
    void strangerGetsError5AndTheTransferGoesOn() {
        ReadTransfer transfer = transfer(bytes(1000), Map.of());
        transfer.start(now);
        port.drain();

        transfer.onDatagram(STRANGER, ByteBuffer.wrap(TftpCodec.toBytes(new Ack(1))), now);
        assertEquals(STRANGER, port.sent.get(0).to());
        assertEquals(TftpErrorCode.UNKNOWN_TID, ((ErrorPacket) port.drain().get(0)).code());
        assertFalse(transfer.isFinished());

        ack(transfer, 1);
        assertEquals(CLIENT, port.sent.get(0).to());
        assertEquals(2, ((Data) port.drain().get(0)).block());
    }

    @Test
    void clientErrorEndsTheTransferWithoutAnswer() {
        ReadTransfer transfer = transfer(bytes(1000), Map.of("blksize", "1024"));
        transfer.start(now);
        port.drain();
        transfer.onDatagram(CLIENT, ByteBuffer.wrap(TftpCodec.toBytes(
                new ErrorPacket(TftpErrorCode.OPTION_REFUSED, "no"))), now);
        assertTrue(transfer.isFinished());
        assertEquals(Outcome.CLIENT_ABORTED, transfer.result().outcome());
        assertEquals("client sent ERROR 8 no", transfer.result().detail());
        assertEquals(List.of(), port.drain());
    }

    @Test
    void unexpectedPacketsEndTheTransferWithError4() {
        ReadTransfer transfer = transfer(bytes(1000), Map.of());
        transfer.start(now);
        port.drain();
        transfer.onDatagram(CLIENT, ByteBuffer.wrap(TftpCodec.toBytes(new Data(1, new byte[3]))), now);
        assertEquals(TftpErrorCode.ILLEGAL_OPERATION, ((ErrorPacket) port.drain().get(0)).code());
        assertEquals(Outcome.BAD_REQUEST, transfer.result().outcome());

        ReadTransfer garbage = transfer(bytes(1000), Map.of());
        garbage.start(now);
        port.drain();
        garbage.onDatagram(CLIENT, ByteBuffer.wrap(new byte[] {0}), now);
        assertEquals(TftpErrorCode.ILLEGAL_OPERATION, ((ErrorPacket) port.drain().get(0)).code());
    }

    @Test
    void aFailingReadEndsTheTransferWithError0() {
        BlockSource broken = new BlockSource() {
            @Override
            public int fill(long block, ByteBuffer dst, int blksize) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void release(long block) {
            }
        };
        ReadTransfer transfer = new ReadTransfer(CLIENT, broken, 100,
                NegotiatedOptions.forRead(Map.of(), 100, LIMITS), LIMITS, port, ByteBuffer.allocate(516));
        transfer.start(now);
        ErrorPacket error = assertInstanceOf(ErrorPacket.class, port.drain().get(0));
        assertEquals(TftpErrorCode.NOT_DEFINED, error.code());
        assertEquals(Outcome.SERVER_ERROR, transfer.result().outcome());
    }

    @Test
    void abortTellsTheClient() {
        ReadTransfer transfer = transfer(bytes(1000), Map.of());
        transfer.start(now);
        port.drain();
        transfer.abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "server shutting down");
        assertEquals(new ErrorPacket(TftpErrorCode.NOT_DEFINED, "server shutting down"), port.drain().get(0));
        assertEquals(Outcome.SHUTDOWN, transfer.result().outcome());
        transfer.abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "again");
        assertEquals(List.of(), port.drain(), "abort after the end does nothing");
    }

    @Test
    void unansweredOackIsResentThenGivenUp() {
        ReadTransfer transfer = transfer(bytes(100), Map.of("tsize", "0"));
        transfer.start(now);
        OptionAck oack = (OptionAck) port.drain().get(0);
        ack(transfer, 5);
        assertEquals(List.of(), port.drain(), "only ACK 0 answers an OACK");
        for (int i = 0; i < 3; i++) {
            now = transfer.deadlineNanos();
            transfer.onTimeout(now);
            assertEquals(List.of(oack), port.drain());
        }
        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        assertEquals(Outcome.TIMEOUT, transfer.result().outcome());
    }

    private ReadTransfer transfer(byte[] content, Map<String, String> options) {
        ProvidedFile file = ProvidedFile.ofBytes(content, "v", Instant.EPOCH);
        return new ReadTransfer(CLIENT, new OctetSource(file), content.length,
                NegotiatedOptions.forRead(new java.util.LinkedHashMap<>(options), content.length, LIMITS),
                LIMITS, port, ByteBuffer.allocateDirect(4 + 65464));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private void ack(ReadTransfer transfer, int block) {
        transfer.onDatagram(CLIENT, ByteBuffer.wrap(TftpCodec.toBytes(new Ack(block))), now);
    }

    private static Data data(int block, byte[] content, int offset, int length) {
        byte[] payload = new byte[length];
        System.arraycopy(content, offset, payload, 0, length);
        return new Data(block, payload);
    }

    private static List<Integer> blocks(List<TftpPacket> packets) {
        return packets.stream().map(p -> ((Data) p).block()).toList();
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
