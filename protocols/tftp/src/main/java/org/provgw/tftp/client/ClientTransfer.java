package org.provgw.tftp.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpOpcode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;

/**
 * One read transfer seen from the client: RRQ, optional OACK, DATA in order with RFC 7440
 * windows, ACKs, retransmission on timeout. Driven by a {@link ClientLoop} on one thread; it
 * sends on its own channel (its own port, like a phone) and never blocks.
 *
 * <p>Per block it touches only primitive fields, the reused ACK array and the sink, so the hot
 * path allocates nothing.
 */
final class ClientTransfer {
    private static final byte[] UNKNOWN_TID = TftpCodec.toBytes(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID));
    private static final TransferOutcome OK = new TransferOutcome.Ok();

    private final String filename;
    private final InetSocketAddress server;
    private final DatagramChannel channel;
    private final ClientSettings settings;
    private final BlockSink sink;
    private final long timeoutNanos;
    private final ByteBuffer request;
    private final byte[] ackBytes = new byte[Wire.HEADER];
    private final ByteBuffer ack = ByteBuffer.wrap(ackBytes);

    /** The server's transfer ID, fixed by its first reply (RFC 1350 §4). */
    private InetSocketAddress peer;
    private NegotiatedOptions negotiated = NegotiatedOptions.PLAIN;
    private boolean optionsAcked;
    /** 16-bit number of the last block received in order; 0 before the first. */
    private int lastBlock;
    private long blocks;
    private long bytes;
    private int inWindow;
    /** An ACK for the current gap went out; more out-of-order blocks wait for progress or a timeout. */
    private boolean gapAcked;
    private int retries;
    private int retransmits;
    private long startNanos;
    private long endNanos;
    private long deadline;
    private long timerAt;
    private TransferOutcome outcome;

    ClientTransfer(String filename, InetSocketAddress server, DatagramChannel channel, ClientSettings settings,
            BlockSink sink) {
        this.filename = filename;
        this.server = server;
        this.channel = channel;
        this.settings = settings;
        this.sink = sink;
        this.timeoutNanos = settings.retransmitTimeout().toNanos();
        this.request = TftpCodec.encode(new ReadRequest(filename, TransferMode.OCTET, settings.options().toMap()));
    }

    void start(long now) {
        startNanos = now;
        sendRequest(now);
        timerAt = deadline;
    }

    /**
     * @param datagram one received datagram, position to limit; consumed
     * @param from its source
     * @param now {@link System#nanoTime()}
     */
    void onDatagram(ByteBuffer datagram, InetSocketAddress from, long now) {
        if (outcome != null) {
            return;
        }
        if (!fromPeer(from)) {
            send(ByteBuffer.wrap(UNKNOWN_TID), from);
            return;
        }
        int opcode = Wire.opcode(datagram);
        if (opcode == TftpOpcode.DATA.code()) {
            onData(datagram, now);
        } else if (opcode == TftpOpcode.OACK.code()) {
            onOptionAck(datagram, now);
        } else if (opcode == TftpOpcode.ERROR.code()) {
            onError(datagram, now);
        } else {
            violation("unexpected opcode " + opcode, now);
        }
    }

    /** The first reply from the server's address, from any port, fixes the peer. */
    private boolean fromPeer(InetSocketAddress from) {
        if (peer != null) {
            return peer.equals(from);
        }
        if (!server.getAddress().equals(from.getAddress())) {
            return false;
        }
        peer = from;
        return true;
    }

    private void onData(ByteBuffer datagram, long now) {
        if (datagram.remaining() < Wire.HEADER) {
            violation("DATA shorter than 4 bytes", now);
            return;
        }
        int block = Wire.block(datagram);
        if (block != ((lastBlock + 1) & 0xFFFF)) {
            // RFC 7440 §4: tell the sender at once where the gap starts, once per gap.
            if (!gapAcked) {
                gapAcked = true;
                sendAck(lastBlock, now);
            }
            return;
        }
        int length = datagram.remaining() - Wire.HEADER;
        if (length > negotiated.blksize()) {
            violation("DATA of " + length + " bytes exceeds blksize " + negotiated.blksize(), now);
            return;
        }
        datagram.position(datagram.position() + Wire.HEADER);
        sink.accept(datagram);
        lastBlock = block;
        blocks++;
        bytes += length;
        retries = 0;
        gapAcked = false;
        deadline = now + timeoutNanos;
        if (length < negotiated.blksize()) {
            sendAck(block, now);
            finish(sink.complete() ? OK : new TransferOutcome.VerifyMismatch(), now);
        } else if (++inWindow >= negotiated.windowsize()) {
            sendAck(block, now);
        }
    }

    private void onOptionAck(ByteBuffer datagram, long now) {
        if (blocks > 0 || !settings.options().any()) {
            violation("unexpected OACK", now);
            return;
        }
        if (optionsAcked) {
            sendAck(0, now); // our ACK 0 was lost and the server repeats its OACK
            return;
        }
        try {
            TftpPacket packet = TftpCodec.decode(datagram);
            negotiated = NegotiatedOptions.accept(settings.options(), ((OptionAck) packet).options());
        } catch (TftpProtocolException e) {
            violation("malformed OACK: " + e.getMessage(), now);
            return;
        } catch (NegotiatedOptions.Refused e) {
            send(TftpCodec.encode(new ErrorPacket(TftpErrorCode.OPTION_REFUSED, e.getMessage())), peer);
            finish(new TransferOutcome.ProtocolViolation("refused OACK: " + e.getMessage()), now);
            return;
        }
        optionsAcked = true;
        retries = 0;
        sendAck(0, now);
    }

    private void onError(ByteBuffer datagram, long now) {
        try {
            ErrorPacket error = (ErrorPacket) TftpCodec.decode(datagram);
            finish(new TransferOutcome.ServerError(error.code(), error.message()), now);
        } catch (TftpProtocolException e) {
            finish(new TransferOutcome.ProtocolViolation("malformed ERROR: " + e.getMessage()), now);
        }
    }

    /** The timer fired: give up, or send again what the server should have answered. */
    void onTimeout(long now) {
        if (outcome != null) {
            return;
        }
        if (retries >= settings.retries()) {
            finish(new TransferOutcome.TimedOut(), now);
            return;
        }
        retries++;
        retransmits++;
        if (peer == null) {
            sendRequest(now);
        } else {
            sendAck(lastBlock, now);
        }
    }

    private void sendRequest(long now) {
        request.rewind();
        send(request, server);
        deadline = now + timeoutNanos;
    }

    private void sendAck(long block, long now) {
        Wire.putAck(ackBytes, block);
        ack.clear();
        send(ack, peer);
        inWindow = 0;
        deadline = now + timeoutNanos;
    }

    private void violation(String detail, long now) {
        send(TftpCodec.encode(new ErrorPacket(TftpErrorCode.ILLEGAL_OPERATION, detail)), peer);
        finish(new TransferOutcome.ProtocolViolation(detail), now);
    }

    /** A full socket buffer drops the datagram like the network would; the timer recovers. */
    private void send(ByteBuffer datagram, InetSocketAddress target) {
        try {
            channel.send(datagram, target);
        } catch (IOException e) {
            finish(new TransferOutcome.LocalFailure(e.toString()), System.nanoTime());
        }
    }

    void fail(IOException e, long now) {
        finish(new TransferOutcome.LocalFailure(e.toString()), now);
    }

    private void finish(TransferOutcome result, long now) {
        if (outcome == null) {
            outcome = result;
            endNanos = now;
        }
    }

    boolean done() {
        return outcome != null;
    }

    DatagramChannel channel() {
        return channel;
    }

    /** @return when the transfer next needs the timer; moves with every send and every block */
    long deadline() {
        return deadline;
    }

    /** @return the deadline this transfer is queued under in the loop's timer queue */
    long timerAt() {
        return timerAt;
    }

    /** Re-queues under the current deadline (lazy re-arm: sends only move {@link #deadline()}). */
    void rearm() {
        timerAt = deadline;
    }

    TransferResult result() {
        return new TransferResult(filename, outcome, bytes, blocks, retransmits, endNanos - startNanos,
                negotiated.reportedSize());
    }
}
