package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdleSocketsTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final InetSocketAddress PHONE = new InetSocketAddress(LOOPBACK, 40000);
    private static final InetSocketAddress OTHER_PHONE = new InetSocketAddress(LOOPBACK, 40001);
    private static final long SECOND = 1_000_000_000L;

    private final Selector selector = open();

    @AfterEach
    void close() throws Exception {
        selector.close();
    }

    @Test
    void anEndedTransfersSocketServesTheNextClient() throws Exception {
        IdleSockets idle = new IdleSockets(4);
        IdleSockets.Idle socket = registered(PHONE, 0);
        idle.offer(LOOPBACK, false, socket);

        assertSame(IdleSockets.IDLE, socket.key().attachment(), "late packets are dropped while idle");
        assertSame(socket, idle.take(LOOPBACK, false, OTHER_PHONE, SECOND));
        assertNull(idle.take(LOOPBACK, false, OTHER_PHONE, SECOND), "taken once");
    }

    @Test
    void theSameClientGetsAFreshSocketForTwoSeconds() throws Exception {
        IdleSockets idle = new IdleSockets(4);
        IdleSockets.Idle socket = registered(PHONE, 0);
        idle.offer(LOOPBACK, false, socket);

        assertNull(idle.take(LOOPBACK, false, PHONE, 2 * SECOND - 1),
                "a late ACK from its last transfer would look like one of the new transfer");
        assertSame(socket, idle.take(LOOPBACK, false, PHONE, 2 * SECOND));
    }

    @Test
    void socketsAreKeptPerBindAddressAndFamily() throws Exception {
        IdleSockets idle = new IdleSockets(4);
        idle.offer(LOOPBACK, false, registered(PHONE, 0));
        assertNull(idle.take(null, false, OTHER_PHONE, SECOND));
        assertNull(idle.take(LOOPBACK, true, OTHER_PHONE, SECOND));
    }

    @Test
    void beyondTheCapacitySocketsAreClosed() throws Exception {
        IdleSockets idle = new IdleSockets(1);
        IdleSockets.Idle kept = registered(PHONE, 0);
        IdleSockets.Idle extra = registered(PHONE, 0);
        idle.offer(LOOPBACK, false, kept);
        idle.offer(LOOPBACK, false, extra);

        assertTrue(kept.channel().isOpen());
        assertFalse(extra.channel().isOpen());
        assertFalse(extra.key().isValid());

        idle.closeAll();
        assertFalse(kept.channel().isOpen());
        assertNull(idle.take(LOOPBACK, false, OTHER_PHONE, SECOND));
    }

    private IdleSockets.Idle registered(InetSocketAddress lastPeer, long since) throws Exception {
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(LOOPBACK, 0));
        channel.configureBlocking(false);
        SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
        return new IdleSockets.Idle(channel, key, lastPeer, since);
    }

    private static Selector open() {
        try {
            return Selector.open();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
