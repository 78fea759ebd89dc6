package org.provgw.tftp.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.function.LongConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One running transfer on its own socket (its own TID), on a {@link TransferLoop}.
 *
 * <p>The socket is not connected, so that a packet from a stranger reaches the state machine
 * and is answered with ERROR 5 as RFC 1350 §4 asks, instead of being dropped by the kernel.
 */
final class TransferSession extends LoopTransfer {

    private static final Logger LOG = LogManager.getLogger(TransferSession.class);

    private final TransferLoop loop;
    private final DatagramChannel channel;
    private final InetAddress bindAddress;
    private SelectionKey key;

    /**
     * @param loop the loop that runs the transfer
     * @param channel the transfer's socket, bound
     * @param key its registration with {@code loop}, when the socket is reused from
     *     {@link IdleSockets}; else null
     * @param bindAddress the address the socket is bound to, null for the wildcard
     * @param release run once when the transfer ends
     * @param ticket access-log names and the end callback
     */
    TransferSession(TransferLoop loop, DatagramChannel channel, SelectionKey key, InetAddress bindAddress,
                    Runnable release, TransferTicket ticket) {
        super(release, ticket);
        this.loop = loop;
        this.channel = channel;
        this.key = key;
        this.bindAddress = bindAddress;
    }

    @Override
    public ByteBuffer packetBuffer() {
        return loop.packetBuffer();
    }

    @Override
    public void post(LongConsumer event) {
        loop.post(this, event);
    }

    @Override
    void begin(long now) throws IOException {
        if (key == null) {
            key = loop.register(channel, this);
        } else {
            key.attach(this);
        }
        transfer().start(now);
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
                transfer().onDatagram(from, buffer, now);
            }
        } catch (IOException e) {
            LOG.debug("receive({}) failed: {}", peer(), e.toString());
        }
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

    /** Hands the socket to the loop's idle pool for the next transfer, or closes it. */
    @Override
    void detach(long now) {
        try {
            if (key != null && key.isValid()) {
                boolean v6 = peer().getAddress() instanceof Inet6Address;
                loop.idleSockets().offer(bindAddress, v6, new IdleSockets.Idle(channel, key, peer(), now));
            } else {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("close({}) failed: {}", peer(), e.toString());
        }
    }
}
