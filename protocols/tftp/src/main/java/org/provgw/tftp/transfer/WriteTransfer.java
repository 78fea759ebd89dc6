package org.provgw.tftp.transfer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpOpcode;

/**
 * The server side of one write transfer (WRQ): ACK 0 or an OACK, then DATA in order, each block
 * stored once, then the commit, the final ACK and a dally. Pure: no sockets, no files and no
 * clock of its own; all calls come from one thread.
 *
 * <p>Acknowledgements: in lockstep every block is acknowledged; with a window (RFC 7440) an ACK
 * goes out after each {@code windowsize} blocks received in order, and once when a block arrives
 * ahead of the one expected (a gap), naming the last block received in order so that the sender
 * resumes after it. A DATA already stored is never written again; it is answered with the last
 * ACK again only when it repeats the block that ACK named (the sender missed the ACK), as
 * tftp-hpa does, so a resent window draws one ACK, not one per block. When nothing arrives the
 * last ACK (or the OACK) is resent with the same back-off as reads.
 *
 * <p>The final ACK is sent only once the sink has committed the file, so a client that sees it
 * knows the file is stored. After it the transfer dallies (RFC 1350 §6) for twice the
 * retransmission timeout and answers a repeated last DATA with the final ACK again.
 */
public final class WriteTransfer implements Transfer {

    /** How long a commit may take before the upload is given up (a disk that stopped answering). */
    private static final long COMMIT_TIMEOUT_NANOS = 60_000_000_000L;

    private enum State { RECEIVING, COMMITTING, DALLYING, FINISHED }

    private final InetSocketAddress peer;
    private final UploadSink sink;
    private final NetasciiDecoder netascii;
    private final NegotiatedOptions options;
    private final long maxBytes;
    private final TransferLimits limits;
    private final TransferPort port;
    private final ByteBuffer scratch;
    private final byte[] ack = new byte[Wire.HEADER];
    private final String description;

    private State state;
    private ByteBuffer oack;
    private long expected = 1;
    private long lastAcked;
    private int sinceAck;
    private boolean gapAcked;
    private long rtoNanos;
    private long deadlineNanos;
    private int retries;
    private long bytes;
    private long stored;
    private long retransmits;
    private String completedDetail;
    private TransferResult result;

    /**
     * @param peer the client's address and port (its TID)
     * @param sink where the decoded bytes go
     * @param netascii true to convert netascii line ends back to local text
     * @param options the negotiated options
     * @param maxBytes the most bytes that may be stored; more is refused with ERROR 3
     * @param limits the retransmission policy
     * @param port where packets go
     * @param scratch where netascii is decoded, at least {@code blksize + 1} bytes; only used
     *     during a call, so transfers driven by one thread can share one
     */
    public WriteTransfer(InetSocketAddress peer, UploadSink sink, boolean netascii, NegotiatedOptions options,
                         long maxBytes, TransferLimits limits, TransferPort port, ByteBuffer scratch) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.netascii = netascii ? new NetasciiDecoder() : null;
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.port = Objects.requireNonNull(port, "port");
        if (netascii && scratch.capacity() < NetasciiDecoder.maxOutput(options.blksize())) {
            throw new IllegalArgumentException("scratch buffer smaller than a decoded block");
        }
        this.scratch = scratch;
        this.maxBytes = maxBytes;
        this.rtoNanos = options.timeoutNanos();
        String negotiated = options.describe();
        this.description = negotiated.isEmpty() ? "put" : "put " + negotiated;
    }

    @Override
    public void start(long now) {
        state = State.RECEIVING;
        if (options.acknowledged().isEmpty()) {
            sendAck(0, now);
        } else {
            oack = TftpCodec.encode(new OptionAck(options.acknowledged()));
            port.send(oack.duplicate());
            deadlineNanos = now + rtoNanos;
        }
    }

    @Override
    public void onDatagram(InetSocketAddress from, ByteBuffer datagram, long now) {
        if (state == State.FINISHED) {
            return;
        }
        if (!peer.equals(from)) {
            port.sendTo(from, TftpCodec.encode(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID)));
            return;
        }
        int opcode = Wire.opcode(datagram);
        if (opcode == TftpOpcode.DATA.code() && datagram.remaining() >= Wire.HEADER) {
            onData(datagram, now);
        } else if (state == State.DALLYING) {
            return; // the file is stored: nothing the client says now changes that
        } else if (opcode == TftpOpcode.ERROR.code()) {
            finish(Outcome.CLIENT_ABORTED, "put client sent " + ErrorDatagrams.describe(datagram));
        } else {
            fail(Outcome.BAD_REQUEST, TftpErrorCode.ILLEGAL_OPERATION, "expected DATA, got opcode " + opcode);
        }
    }

    @Override
    public void onTimeout(long now) {
        if (state == State.FINISHED || now - deadlineNanos < 0) {
            return;
        }
        if (state == State.DALLYING) {
            finish(Outcome.COMPLETED, completedDetail);
        } else if (state == State.COMMITTING) {
            fail(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "storing the file took too long");
        } else if (++retries > limits.retries()) {
            fail(Outcome.TIMEOUT, TftpErrorCode.NOT_DEFINED, "timed out waiting for DATA");
        } else {
            rtoNanos = Math.min(rtoNanos * 2, Math.max(limits.maxTimeout().toNanos(), options.timeoutNanos()));
            retransmits++;
            if (expected == 1 && oack != null) {
                port.send(oack.duplicate());
                deadlineNanos = now + rtoNanos;
            } else {
                sendAck(expected - 1, now); // names what arrived in order, even mid-window
            }
        }
    }

    /**
     * The sink stored the file: sends the final ACK and starts the dally.
     *
     * @param now the current time
     * @param storedDetail what the access log adds about where the file went, e.g.
     *     {@code " stored=dir/name.1"}, or empty
     */
    public void onCommitted(long now, String storedDetail) {
        if (state != State.COMMITTING) {
            return;
        }
        completedDetail = description + storedDetail;
        sink.completed(); // before the ACK: a client that sees it finds the upload's resources free
        sendAck(expected - 1, now);
        state = State.DALLYING;
        // Twice the retransmission timeout in force: long enough for a client retransmitting at
        // that pace (the negotiated timeout applies to both sides) to repeat its last block once.
        deadlineNanos = now + 2 * options.timeoutNanos();
    }

    /**
     * The sink could not store the file: tells the client.
     *
     * @param outcome the outcome to record
     * @param code the error code to send
     * @param message the error message to send
     */
    public void onCommitFailed(Outcome outcome, TftpErrorCode code, String message) {
        if (state == State.COMMITTING) {
            fail(outcome, code, message);
        }
    }

    /** A transfer that already stored its file ends as completed, without an ERROR. */
    @Override
    public void abort(Outcome outcome, TftpErrorCode code, String message) {
        if (state == State.DALLYING) {
            finish(Outcome.COMPLETED, completedDetail);
        } else if (state != State.FINISHED) {
            fail(outcome, code, message);
        }
    }

    @Override
    public long deadlineNanos() {
        return deadlineNanos;
    }

    @Override
    public boolean isFinished() {
        return state == State.FINISHED;
    }

    @Override
    public TransferResult result() {
        return result;
    }

    @Override
    public InetSocketAddress peer() {
        return peer;
    }

    private void onData(ByteBuffer datagram, long now) {
        long block = unwrap(Wire.block(datagram));
        if (block == expected && state == State.RECEIVING) {
            accept(block, datagram, now);
        } else if (block < expected) {
            if (block == lastAcked && block > 0 && state != State.COMMITTING) {
                retransmits++;
                sendAck(lastAcked, now);
            }
        } else if (state == State.RECEIVING && !gapAcked) {
            gapAcked = true;
            sendAck(expected - 1, now);
        }
    }

    private void accept(long block, ByteBuffer datagram, long now) {
        ByteBuffer payload = datagram.duplicate();
        payload.position(payload.position() + Wire.HEADER);
        int length = payload.remaining();
        if (length > options.blksize()) {
            fail(Outcome.BAD_REQUEST, TftpErrorCode.ILLEGAL_OPERATION, "DATA larger than the block size");
            return;
        }
        boolean last = length < options.blksize();
        ByteBuffer decoded = payload;
        if (netascii != null) {
            scratch.clear();
            netascii.decode(payload, scratch);
            if (last) {
                netascii.finish(scratch);
            }
            decoded = scratch.flip();
        }
        int size = decoded.remaining();
        if (stored + size > maxBytes) {
            fail(Outcome.DENIED, TftpErrorCode.DISK_FULL,
                    "Disk full or allocation exceeded: uploads are limited to " + maxBytes + " bytes");
            return;
        }
        try {
            sink.write(decoded);
        } catch (IOException e) {
            boolean full = IoErrors.isDiskFull(e);
            fail(Outcome.SERVER_ERROR, full ? TftpErrorCode.DISK_FULL : TftpErrorCode.NOT_DEFINED,
                    full ? TftpErrorCode.DISK_FULL.description() : "write error");
            return;
        }
        stored += size;
        bytes += length;
        expected = block + 1;
        sinceAck++;
        gapAcked = false;
        retries = 0;
        rtoNanos = options.timeoutNanos();
        deadlineNanos = now + rtoNanos; // the timer measures silence, not time since the last ACK
        if (last) {
            state = State.COMMITTING;
            deadlineNanos = now + COMMIT_TIMEOUT_NANOS;
            sink.commit();
        } else if (sinceAck >= options.windowsize()) {
            sendAck(block, now);
        }
    }

    /** The 64-bit block a 16-bit wire number stands for: the nearest one to the block expected. */
    private long unwrap(int wire) {
        long delta = (wire - expected) & 0xFFFF;
        return delta < 0x8000 ? expected + delta : expected - (0x10000 - delta);
    }

    private void sendAck(long block, long now) {
        Wire.putAck(ack, block);
        port.send(ByteBuffer.wrap(ack));
        lastAcked = block;
        sinceAck = 0;
        deadlineNanos = now + rtoNanos;
    }

    private void fail(Outcome outcome, TftpErrorCode code, String message) {
        port.send(TftpCodec.encode(new ErrorPacket(code, message)));
        finish(outcome, "put " + message);
    }

    /** @param detail the access log's detail, starting with {@code put} so the direction shows */
    private void finish(Outcome outcome, String detail) {
        state = State.FINISHED;
        result = new TransferResult(outcome, bytes, expected - 1, retransmits, detail);
    }
}
