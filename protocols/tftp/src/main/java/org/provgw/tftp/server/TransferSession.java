package org.provgw.tftp.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.AccessRecord;
import org.provgw.provider.Protocol;
import org.provgw.tftp.transfer.Transfer;
import org.provgw.tftp.transfer.TransferPort;
import org.provgw.tftp.transfer.TransferResult;

/**
 * One running transfer on its own socket (its own TID): the socket, the file (read or being
 * uploaded), the state machine and what the access log needs. Confined to the
 * {@link TransferLoop} thread that owns it.
 *
 * <p>The socket is not connected, so that a packet from a stranger reaches the state machine
 * and is answered with ERROR 5 as RFC 1350 §4 asks, instead of being dropped by the kernel.
 */
final class TransferSession implements TransferPort {

    private static final Logger LOG = LogManager.getLogger(TransferSession.class);

    private final DatagramChannel channel;
    private final InetAddress bindAddress;
    private final Runnable release;
    private final TransferTicket ticket;
    private Transfer transfer;
    private SelectionKey key;
    private TimerEntry timer;
    private boolean closed;

    /**
     * @param channel the transfer's socket, bound
     * @param key its registration, when the socket is reused from {@link IdleSockets}; else null
     * @param bindAddress the address the socket is bound to, null for the wildcard
     * @param release run once when the transfer ends: closes the file read, or discards an
     *     upload that was not committed
     * @param ticket access-log names and the end callback
     */
    TransferSession(DatagramChannel channel, SelectionKey key, InetAddress bindAddress, Runnable release,
                    TransferTicket ticket) {
        this.channel = channel;
        this.key = key;
        this.bindAddress = bindAddress;
        this.release = release;
        this.ticket = ticket;
    }

    InetAddress bindAddress() {
        return bindAddress;
    }

    SelectionKey key() {
        return key;
    }

    void attach(Transfer attached) {
        this.transfer = attached;
    }

    Transfer transfer() {
        return transfer;
    }

    DatagramChannel channel() {
        return channel;
    }

    void key(SelectionKey selectionKey) {
        this.key = selectionKey;
    }

    TimerEntry timer() {
        return timer;
    }

    void timer(TimerEntry entry) {
        this.timer = entry;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Reads one datagram into the state machine. One per readiness event: the selector is
     * level-triggered, so a second datagram brings the loop back at once, and a lockstep
     * transfer, which has one ACK waiting at a time, does not pay a second, empty read.
     */
    void onReadable(ByteBuffer buffer, long now) {
        try {
            buffer.clear();
            InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
            if (from != null) {
                buffer.flip();
                transfer.onDatagram(from, buffer, now);
            }
        } catch (IOException e) {
            LOG.debug("receive({}) failed: {}", transfer.peer(), e.toString());
        }
    }

    @Override
    public void send(ByteBuffer datagram) {
        sendTo(transfer.peer(), datagram);
    }

    @Override
    public void sendTo(InetSocketAddress target, ByteBuffer datagram) {
        try {
            // 0 bytes sent means the socket buffer is full: the datagram is lost like any other
            // and the retransmission timer recovers it.
            channel.send(datagram, target);
        } catch (IOException e) {
            LOG.debug("send({}) failed: {}", target, e.toString());
        }
    }

    /**
     * Hands the socket to {@code idle} for the next transfer (or closes it), releases the file and
     * reports the transfer. Idempotent.
     */
    void close(long now, IdleSockets idle) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (key != null && key.isValid()) {
                boolean v6 = transfer.peer().getAddress() instanceof Inet6Address;
                idle.offer(bindAddress, v6, new IdleSockets.Idle(channel, key, transfer.peer(), now));
            } else {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("close({}) failed: {}", transfer.peer(), e.toString());
        }
        try {
            release.run();
        } catch (RuntimeException e) {
            LOG.error("releasing the file of the transfer to {} failed", transfer.peer(), e);
        }
        TransferResult result = transfer.result();
        ticket.finished(new AccessRecord(Protocol.TFTP, transfer.peer(), ticket.path(), ticket.provider(),
                result.bytes(), result.blocks(), result.retransmits(),
                (now - ticket.startedNanos()) / 1_000_000, result.outcome(), result.detail()));
    }
}
