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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;

/** The write state machine driven packet by packet, with a recording port and a fake clock. */
class WriteTransferTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 40000);
    private static final InetSocketAddress STRANGER = new InetSocketAddress("127.0.0.1", 40001);
    private static final long SECOND = 1_000_000_000L;
    private static final TransferLimits LIMITS =
            new TransferLimits(65464, 64, Duration.ofSeconds(1), Duration.ofSeconds(4), 3);

    private final RecordingPort port = new RecordingPort(CLIENT);
    private final MemorySink sink = new MemorySink();
    private long now = 1_000 * SECOND;

    @Test
    void lockstepAcknowledgesEachBlockAndTheLastOnlyOnceStored() {
        byte[] content = bytes(1100);
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        assertEquals(List.of(new Ack(0)), port.drain(), "no options: ACK 0 answers the WRQ");

        data(transfer, 1, content, 0, 512);
        assertEquals(List.of(new Ack(1)), port.drain());
        data(transfer, 2, content, 512, 512);
        assertEquals(List.of(new Ack(2)), port.drain());
        data(transfer, 3, content, 1024, 76);

        assertEquals(1, sink.commits);
        assertEquals(List.of(), port.drain(), "the final ACK waits for the commit");
        assertFalse(transfer.isFinished());
        assertEquals(0, sink.completions);
        transfer.onCommitted(now, "");
        assertEquals(List.of(new Ack(3)), port.drain());
        assertEquals(1, sink.completions, "told once, with the final ACK");
        assertArrayEquals(content, sink.bytes());

        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        assertTrue(transfer.isFinished());
        assertEquals(new TransferResult(Outcome.COMPLETED, 1100, 3, 0, "put"), transfer.result());
    }

    @Test
    void theDallyAnswersARepeatedLastBlockWithTheFinalAckAgain() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        data(transfer, 1, new byte[10], 0, 10);
        transfer.onCommitted(now, " stored=x.1");
        port.drain();
        assertEquals(now + 2 * SECOND, transfer.deadlineNanos(), "the dally lasts twice the timeout");

        now += SECOND;
        data(transfer, 1, new byte[10], 0, 10);
        assertEquals(List.of(new Ack(1)), port.drain());
        transfer.onDatagram(CLIENT, ByteBuffer.wrap(TftpCodec.toBytes(new ErrorPacket(TftpErrorCode.NOT_DEFINED, "x"))),
                now);
        assertFalse(transfer.isFinished(), "nothing the client says now undoes the stored file");

        transfer.abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "server shutting down");
        assertEquals(List.of(), port.drain(), "a stored upload is not told it failed");
        assertEquals(Outcome.COMPLETED, transfer.result().outcome());
        assertEquals("put stored=x.1", transfer.result().detail());
        assertEquals(1, transfer.result().retransmits());
        assertEquals(1, sink.writes, "the repeated block is not written again");
    }

    @Test
    void optionsAreAcknowledgedWithTheAnnouncedSizeEchoed() {
        WriteTransfer transfer = transfer(ordered("blksize", "16", "tsize", "20", "windowsize", "2", "foo", "bar"), false);
        transfer.start(now);
        assertEquals(List.of(new OptionAck(ordered("blksize", "16", "tsize", "20", "windowsize", "2"))), port.drain());
        byte[] content = bytes(20);
        data(transfer, 1, content, 0, 16);
        assertEquals(List.of(), port.drain(), "a window of 2 is acknowledged after its second block");
        data(transfer, 2, content, 16, 4);
        transfer.onCommitted(now, "");
        assertEquals(List.of(new Ack(2)), port.drain());
        assertArrayEquals(content, sink.bytes());
        transfer.onTimeout(transfer.deadlineNanos());
        assertEquals("put blksize=16 tsize=20 windowsize=2", transfer.result().detail());
    }

    @Test
    void aDuplicateBlockIsAcknowledgedAgainButStoredOnce() {
        byte[] content = bytes(2000);
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        data(transfer, 1, content, 0, 512);
        port.drain();

        data(transfer, 1, content, 0, 512); // our ACK 1 was lost
        assertEquals(List.of(new Ack(1)), port.drain());
        assertEquals(1, sink.writes);

        data(transfer, 2, content, 512, 512);
        data(transfer, 1, content, 0, 512); // a late duplicate of an older block
        assertEquals(List.of(new Ack(2)), port.drain(), "only the block the last ACK named is answered");
        assertEquals(2, sink.writes);
    }

    @Test
    void windowsAreAcknowledgedWholeAndAGapOnce() {
        byte[] content = bytes(8 * 12 + 3); // 13 blocks of 8
        WriteTransfer transfer = transfer(ordered("blksize", "8", "windowsize", "4"), false);
        transfer.start(now);
        port.drain();
        for (int block = 1; block <= 4; block++) {
            data(transfer, block, content, (block - 1) * 8, 8);
        }
        assertEquals(List.of(new Ack(4)), port.drain());

        data(transfer, 5, content, 32, 8);
        data(transfer, 6, content, 40, 8);
        data(transfer, 8, content, 56, 8); // 7 was lost
        assertEquals(List.of(new Ack(6)), port.drain(), "a gap names the last block received in order");
        data(transfer, 9, content, 64, 8);
        data(transfer, 10, content, 72, 8);
        assertEquals(List.of(), port.drain(), "the rest of the broken window draws no more ACKs");

        for (int block = 7; block <= 10; block++) { // the sender resumes after 6
            data(transfer, block, content, (block - 1) * 8, 8);
        }
        assertEquals(List.of(new Ack(10)), port.drain());
        data(transfer, 11, content, 80, 8);
        data(transfer, 12, content, 88, 8);
        data(transfer, 13, content, 96, 3);
        transfer.onCommitted(now, "");
        assertEquals(List.of(new Ack(13)), port.drain(), "the last block ends the window early");
        assertArrayEquals(content, sink.bytes());
    }

    @Test
    void aWindowResentAfterALostAckDrawsOneAck() {
        byte[] content = bytes(8 * 10);
        WriteTransfer transfer = transfer(ordered("blksize", "8", "windowsize", "4"), false);
        transfer.start(now);
        port.drain();
        for (int block = 1; block <= 4; block++) {
            data(transfer, block, content, (block - 1) * 8, 8);
        }
        port.drain();
        for (int block = 1; block <= 4; block++) {
            data(transfer, block, content, (block - 1) * 8, 8);
        }
        assertEquals(List.of(new Ack(4)), port.drain());
        assertEquals(4, sink.writes);
    }

    @Test
    void silenceResendsTheLastAckWithBackoffThenGivesUp() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        byte[] content = bytes(600);
        data(transfer, 1, content, 0, 512);
        port.drain();

        now += SECOND - 1;
        transfer.onTimeout(now);
        assertEquals(List.of(), port.drain(), "not before the deadline");
        now += 1;
        transfer.onTimeout(now);
        assertEquals(List.of(new Ack(1)), port.drain());
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
        ErrorPacket error = assertInstanceOf(ErrorPacket.class, port.drain().get(0));
        assertEquals(TftpErrorCode.NOT_DEFINED, error.code());
        assertEquals(Outcome.TIMEOUT, transfer.result().outcome());
        assertEquals(3, transfer.result().retransmits());
        assertEquals(0, sink.commits);
    }

    @Test
    void progressResetsTheBackoff() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        now += SECOND;
        transfer.onTimeout(now);
        data(transfer, 1, bytes(512), 0, 512);
        assertEquals(now + SECOND, transfer.deadlineNanos());
    }

    @Test
    void aTimeoutMidWindowAcknowledgesWhatArrivedInOrder() {
        byte[] content = bytes(8 * 8);
        WriteTransfer transfer = transfer(ordered("blksize", "8", "windowsize", "4"), false);
        transfer.start(now);
        port.drain();
        data(transfer, 1, content, 0, 8);
        data(transfer, 2, content, 8, 8); // 3 and 4 lost
        now += SECOND;
        transfer.onTimeout(now);
        assertEquals(List.of(new Ack(2)), port.drain());
    }

    @Test
    void theOackIsResentUntilTheFirstBlock() {
        WriteTransfer transfer = transfer(Map.of("blksize", "1024"), false);
        transfer.start(now);
        TftpPacket oack = port.drain().get(0);
        assertEquals(new OptionAck(Map.of("blksize", "1024")), oack);
        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        assertEquals(List.of(oack), port.drain());
        data(transfer, 1, new byte[100], 0, 100);
        assertEquals(1, sink.commits);
    }

    @Test
    void blockNumbersRollOverPast65535() {
        byte[] content = bytes(8 * 70_000 + 5);
        WriteTransfer transfer = transfer(Map.of("blksize", "8"), false);
        transfer.start(now);
        port.drain();
        long block = 1;
        for (int offset = 0; offset < content.length; offset += 8, block++) {
            int wire = (int) (block & 0xFFFF);
            data(transfer, wire, content, offset, Math.min(8, content.length - offset));
            if (offset + 8 < content.length) {
                assertEquals(List.of(new Ack(wire)), port.drain());
            }
        }
        transfer.onCommitted(now, "");
        assertEquals(List.of(new Ack((int) ((block - 1) & 0xFFFF))), port.drain());
        assertArrayEquals(content, sink.bytes());
        transfer.onTimeout(transfer.deadlineNanos());
        assertEquals(70_001, transfer.result().blocks());
    }

    @Test
    void anEmptyUploadIsOneEmptyBlock() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        port.drain();
        data(transfer, 1, new byte[0], 0, 0);
        assertEquals(1, sink.commits);
        transfer.onCommitted(now, "");
        assertEquals(List.of(new Ack(1)), port.drain());
        assertEquals(0, sink.bytes().length);
    }

    @Test
    void strangerGetsError5AndTheTransferGoesOn() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        port.drain();
        transfer.onDatagram(STRANGER, datagram(new Data(1, new byte[512])), now);
        assertEquals(STRANGER, port.sent.get(0).to());
        assertEquals(TftpErrorCode.UNKNOWN_TID, ((ErrorPacket) port.drain().get(0)).code());
        assertEquals(0, sink.writes, "a stranger's DATA is not stored");
        data(transfer, 1, new byte[512], 0, 512);
        assertEquals(List.of(new Ack(1)), port.drain());
    }

    @Test
    void clientErrorEndsTheTransferWithoutAnswer() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        port.drain();
        transfer.onDatagram(CLIENT, datagram(new ErrorPacket(TftpErrorCode.DISK_FULL, "local disk gone")), now);
        assertEquals(Outcome.CLIENT_ABORTED, transfer.result().outcome());
        assertEquals("put client sent ERROR 3 local disk gone", transfer.result().detail());
        assertEquals(List.of(), port.drain());
    }

    @Test
    void somethingOtherThanDataEndsTheTransferWithError4() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        port.drain();
        transfer.onDatagram(CLIENT, datagram(new ReadRequest("x", TransferMode.OCTET, Map.of())), now);
        assertEquals(TftpErrorCode.ILLEGAL_OPERATION, ((ErrorPacket) port.drain().get(0)).code());
        assertEquals(Outcome.BAD_REQUEST, transfer.result().outcome());
    }

    @Test
    void aBlockLargerThanNegotiatedIsRefused() {
        WriteTransfer transfer = transfer(Map.of("blksize", "16"), false);
        transfer.start(now);
        port.drain();
        data(transfer, 1, new byte[17], 0, 17);
        assertEquals(TftpErrorCode.ILLEGAL_OPERATION, ((ErrorPacket) port.drain().get(0)).code());
        assertEquals(0, sink.writes);
    }

    @Test
    void storingMoreThanTheCapIsRefusedWithError3() {
        WriteTransfer transfer = new WriteTransfer(CLIENT, sink, false, options(Map.of()), 1000, LIMITS, port,
                ByteBuffer.allocate(65465));
        transfer.start(now);
        port.drain();
        data(transfer, 1, bytes(512), 0, 512);
        port.drain();
        data(transfer, 2, bytes(512), 0, 512);
        ErrorPacket error = assertInstanceOf(ErrorPacket.class, port.drain().get(0));
        assertEquals(TftpErrorCode.DISK_FULL, error.code());
        assertTrue(error.message().contains("1000 bytes"), error.message());
        assertEquals(Outcome.DENIED, transfer.result().outcome());
        assertEquals(512, sink.bytes().length, "nothing past the cap is stored");
        assertEquals(0, sink.commits);
    }

    @Test
    void aFailingWriteEndsTheTransferAndAFullDiskSaysSo() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        sink.failure = new IOException("Input/output error");
        data(transfer, 1, bytes(512), 0, 512);
        assertEquals(TftpErrorCode.NOT_DEFINED, ((ErrorPacket) port.drain().get(1)).code());
        assertEquals(Outcome.SERVER_ERROR, transfer.result().outcome());

        WriteTransfer full = transfer(Map.of(), false);
        full.start(now);
        sink.failure = new java.nio.file.FileSystemException("/srv/tftp/x", null, "No space left on device");
        data(full, 1, bytes(512), 0, 512);
        assertEquals(TftpErrorCode.DISK_FULL, ((ErrorPacket) port.drain().get(1)).code());
    }

    @Test
    void aFailedCommitIsReportedInsteadOfTheFinalAck() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        data(transfer, 1, bytes(10), 0, 10);
        port.drain();
        transfer.onCommitFailed(Outcome.DENIED, TftpErrorCode.FILE_EXISTS, "File already exists");
        assertEquals(List.of(new ErrorPacket(TftpErrorCode.FILE_EXISTS, "File already exists")), port.drain());
        assertEquals(Outcome.DENIED, transfer.result().outcome());
    }

    @Test
    void aCommitThatNeverEndsIsGivenUp() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        data(transfer, 1, bytes(10), 0, 10);
        port.drain();
        now += SECOND * 10;
        transfer.onTimeout(now);
        data(transfer, 1, bytes(10), 0, 10);
        assertEquals(List.of(), port.drain(), "no retransmission while committing, and no ACK yet");
        now = transfer.deadlineNanos();
        transfer.onTimeout(now);
        assertEquals(Outcome.SERVER_ERROR, transfer.result().outcome());
        transfer.onCommitted(now, "");
        assertEquals(TftpErrorCode.NOT_DEFINED, ((ErrorPacket) port.drain().get(0)).code());
        assertEquals(List.of(), port.drain(), "a commit that ends too late sends nothing");
    }

    @Test
    void abortTellsTheClientWhileReceiving() {
        WriteTransfer transfer = transfer(Map.of(), false);
        transfer.start(now);
        port.drain();
        transfer.abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "server shutting down");
        assertEquals(List.of(new ErrorPacket(TftpErrorCode.NOT_DEFINED, "server shutting down")), port.drain());
        assertEquals(Outcome.SHUTDOWN, transfer.result().outcome());
        assertEquals("put server shutting down", transfer.result().detail());
    }

    @Test
    void netasciiIsDecodedAcrossBlockBoundaries() {
        // CR LF split across blocks 1|2, CR NUL split across 2|3, a bare CR kept, a final CR kept
        byte[] wire = "abcdefg\r\nhijklm\r\0opq\rxyz\n12345\r".getBytes(StandardCharsets.ISO_8859_1);
        WriteTransfer transfer = transfer(Map.of("blksize", "8"), true);
        transfer.start(now);
        port.drain();
        int block = 1;
        for (int offset = 0; offset <= wire.length; offset += 8, block++) {
            data(transfer, block, wire, offset, Math.min(8, wire.length - offset));
        }
        assertEquals("abcdefg\nhijklm\ropq\rxyz\n12345\r", new String(sink.bytes(), StandardCharsets.ISO_8859_1));
        assertEquals(1, sink.commits);
        transfer.onCommitted(now, "");
        transfer.onTimeout(transfer.deadlineNanos());
        assertEquals(wire.length, transfer.result().bytes(), "bytes counts what came over the wire");
    }

    @Test
    void aRoundTripThroughReadNetasciiRestoresTheText() throws IOException {
        byte[] text = "line one\nline two\r\nbare\rend\n\r\r\n".getBytes(StandardCharsets.ISO_8859_1);
        NetasciiSource source = new NetasciiSource(org.provgw.provider.ProvidedFile.ofBytes(text, "v",
                java.time.Instant.EPOCH));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ByteBuffer block = ByteBuffer.allocate(8);
        for (long n = 1; ; n++) {
            block.clear();
            int length = source.fill(n, block, 8);
            wire.write(block.array(), 0, length);
            if (length < 8) {
                break;
            }
        }
        byte[] encoded = wire.toByteArray();
        WriteTransfer transfer = transfer(Map.of("blksize", "8"), true);
        transfer.start(now);
        int n = 1;
        for (int offset = 0; offset <= encoded.length; offset += 8, n++) {
            data(transfer, n, encoded, offset, Math.min(8, encoded.length - offset));
        }
        assertArrayEquals(text, sink.bytes());
    }

    private WriteTransfer transfer(Map<String, String> options, boolean netascii) {
        return new WriteTransfer(CLIENT, sink, netascii, options(options), Long.MAX_VALUE, LIMITS, port,
                ByteBuffer.allocateDirect(4 + 65464));
    }

    private static NegotiatedOptions options(Map<String, String> options) {
        return WriteOptions.forWrite(new LinkedHashMap<>(options), LIMITS).negotiated();
    }

    private void data(WriteTransfer transfer, int block, byte[] content, int offset, int length) {
        byte[] payload = new byte[length];
        System.arraycopy(content, offset, payload, 0, length);
        transfer.onDatagram(CLIENT, datagram(new Data(block, payload)), now);
    }

    private static ByteBuffer datagram(TftpPacket packet) {
        return ByteBuffer.wrap(TftpCodec.toBytes(packet));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
