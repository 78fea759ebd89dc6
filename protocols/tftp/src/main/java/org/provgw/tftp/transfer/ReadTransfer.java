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
 * The server side of one read transfer (RRQ): OACK, then windows of DATA blocks (RFC 1350 lockstep
 * when the window is 1, RFC 7440 otherwise), retransmission with exponential backoff, and every
 * way it can end. Pure: no sockets and no clock of its own; all calls come from one thread.
 *
 * <p>Block numbers are counted in a {@code long} and only their low 16 bits go on the wire, so
 * files of any size roll over past 65535 (to 0, as tftp-hpa does). An ACK that repeats the last
 * acknowledged block is ignored rather than answered, which is what keeps the Sorcerer's
 * Apprentice bug (RFC 1123 §4.2.3.1) away; an ACK inside the window means the blocks after it
 * were lost, so the window restarts there (RFC 7440 §4).
 */
public final class ReadTransfer implements Transfer {

    private enum State { AWAIT_OACK_ACK, SENDING, FINISHED }

    private final InetSocketAddress peer;
    private final BlockSource source;
    private final NegotiatedOptions options;
    private final TransferLimits limits;
    private final TransferPort port;
    private final ByteBuffer packet;

    private State state;
    private ByteBuffer oack;
    private long base = 1;
    private long nextToSend = 1;
    private long highestSent;
    private long lastBlock;
    private long rtoNanos;
    private long deadlineNanos;
    private int retries;
    private long bytes;
    private long retransmits;
    private TransferResult result;

    /**
     * @param peer the client's address and port (its TID)
     * @param source the file cut into blocks
     * @param size the file size if known up front (octet), or -1 (netascii)
     * @param options the negotiated options
     * @param limits the retransmission policy
     * @param port where packets go
     * @param packet where DATA packets are built, at least 4 + blksize bytes; only used during a
     *     call, so transfers driven by one thread can share one (direct) buffer
     */
    public ReadTransfer(InetSocketAddress peer, BlockSource source, long size, NegotiatedOptions options,
                        TransferLimits limits, TransferPort port, ByteBuffer packet) {
        this.peer = Objects.requireNonNull(peer, "peer");
        this.source = Objects.requireNonNull(source, "source");
        this.options = Objects.requireNonNull(options, "options");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.port = Objects.requireNonNull(port, "port");
        if (packet.capacity() < Wire.HEADER + options.blksize()) {
            throw new IllegalArgumentException("packet buffer smaller than a block");
        }
        this.packet = packet;
        this.lastBlock = size < 0 ? -1 : size / options.blksize() + 1;
        this.rtoNanos = options.timeoutNanos();
    }

    /**
     * Sends the OACK, or the first window when there is nothing to acknowledge.
     *
     * @param now the current time, {@link System#nanoTime()} scale
     */
    public void start(long now) {
        if (options.acknowledged().isEmpty()) {
            state = State.SENDING;
            sendWindow(now);
        } else {
            state = State.AWAIT_OACK_ACK;
            oack = TftpCodec.encode(new OptionAck(options.acknowledged()));
            port.send(oack.duplicate());
            deadlineNanos = now + rtoNanos;
        }
    }

    /**
     * Handles one datagram that arrived on the transfer's port.
     *
     * @param from the sender
     * @param datagram the bytes, position at the start; not kept
     * @param now the current time
     */
    public void onDatagram(InetSocketAddress from, ByteBuffer datagram, long now) {
        if (state == State.FINISHED) {
            return;
        }
        if (!peer.equals(from)) {
            port.sendTo(from, TftpCodec.encode(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID)));
            return;
        }
        int opcode = Wire.opcode(datagram);
        if (opcode == TftpOpcode.ACK.code() && datagram.remaining() >= Wire.HEADER) {
            onAck(Wire.block(datagram), now);
        } else if (opcode == TftpOpcode.ERROR.code()) {
            finish(Outcome.CLIENT_ABORTED, "client sent " + ErrorDatagrams.describe(datagram));
        } else {
            fail(Outcome.BAD_REQUEST, TftpErrorCode.ILLEGAL_OPERATION,
                    "expected an ACK, got opcode " + opcode);
        }
    }

    /**
     * Retransmits, or gives up after the configured retries, if the deadline has passed.
     *
     * @param now the current time
     */
    public void onTimeout(long now) {
        if (state == State.FINISHED || now - deadlineNanos < 0) {
            return;
        }
        if (++retries > limits.retries()) {
            fail(Outcome.TIMEOUT, TftpErrorCode.NOT_DEFINED, "timed out waiting for an ACK");
            return;
        }
        rtoNanos = Math.min(rtoNanos * 2, Math.max(limits.maxTimeout().toNanos(), options.timeoutNanos()));
        if (state == State.AWAIT_OACK_ACK) {
            retransmits++;
            port.send(oack.duplicate());
            deadlineNanos = now + rtoNanos;
        } else {
            nextToSend = base;
            sendWindow(now);
        }
    }

    /**
     * Ends the transfer from outside (shutdown), telling the client.
     *
     * @param outcome the outcome to record
     * @param code the error code to send
     * @param message the error message to send
     */
    public void abort(Outcome outcome, TftpErrorCode code, String message) {
        if (state != State.FINISHED) {
            fail(outcome, code, message);
        }
    }

    /** @return when {@link #onTimeout} next has work to do, {@link System#nanoTime()} scale */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /** @return true once the transfer has ended, however it ended */
    public boolean isFinished() {
        return state == State.FINISHED;
    }

    /** @return how it ended; {@code null} until {@link #isFinished()} */
    public TransferResult result() {
        return result;
    }

    /** @return the client's address and port */
    public InetSocketAddress peer() {
        return peer;
    }

    private void onAck(int wireBlock, long now) {
        if (state == State.AWAIT_OACK_ACK) {
            if (wireBlock == 0) {
                state = State.SENDING;
                progress();
                sendWindow(now);
            }
            return;
        }
        long acked = (base - 1) + ((wireBlock - (base - 1)) & 0xFFFF);
        if (acked == base - 1 || acked >= nextToSend) {
            return; // a duplicate, or a block never sent: answering it would double the traffic
        }
        base = acked + 1;
        source.release(base);
        progress();
        if (lastBlock >= 0 && acked >= lastBlock) {
            finish(Outcome.COMPLETED, options.describe());
            return;
        }
        nextToSend = base;
        sendWindow(now);
    }

    private void progress() {
        retries = 0;
        rtoNanos = options.timeoutNanos();
    }

    private void sendWindow(long now) {
        long end = base + options.windowsize();
        try {
            while (nextToSend < end && (lastBlock < 0 || nextToSend <= lastBlock)) {
                packet.clear().position(Wire.HEADER);
                int length = source.fill(nextToSend, packet, options.blksize());
                if (length < options.blksize()) {
                    lastBlock = nextToSend;
                }
                Wire.putDataHeader(packet, nextToSend);
                port.send(packet.flip());
                if (nextToSend > highestSent) {
                    highestSent = nextToSend;
                    bytes += length;
                } else {
                    retransmits++;
                }
                nextToSend++;
            }
        } catch (IOException e) {
            fail(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "read error: " + e.getMessage());
            return;
        }
        deadlineNanos = now + rtoNanos;
    }

    private void fail(Outcome outcome, TftpErrorCode code, String message) {
        port.send(TftpCodec.encode(new ErrorPacket(code, message)));
        finish(outcome, message);
    }

    private void finish(Outcome outcome, String detail) {
        state = State.FINISHED;
        result = new TransferResult(outcome, bytes, highestSent, retransmits, detail);
    }
}
