package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Transfer sockets whose transfer has ended, kept registered with their loop's selector so that
 * the next transfer skips socket, bind, register and close (a boot storm opens thousands a
 * second). Reuse is safe because the sockets are not connected: a late packet from the previous
 * client is a stranger's packet to the next transfer and gets ERROR 5. The one case where it
 * would not be a stranger, the same client address and port asking again soon, gets a fresh
 * socket instead.
 */
final class IdleSockets {

    /** Marks a pooled socket's selection key: a datagram that still arrives is dropped. */
    static final Object IDLE = new Object();

    /** How long a socket is kept from the client that last used it. */
    private static final long SAME_PEER_QUARANTINE_NANOS = 2_000_000_000L;

    record Idle(DatagramChannel channel, SelectionKey key, InetSocketAddress lastPeer, long sinceNanos) {
    }

    private record BindKey(InetAddress address, boolean v6) {
    }

    private final Map<BindKey, Queue<Idle>> pools = new ConcurrentHashMap<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    IdleSockets(int capacity) {
        this.capacity = capacity;
    }

    /**
     * @return a registered socket bound to {@code bindTo} for a transfer to {@code client}, or
     *     null when there is none to reuse
     */
    Idle take(InetAddress bindTo, boolean v6, InetSocketAddress client, long now) {
        Queue<Idle> pool = pools.get(new BindKey(bindTo, v6));
        Idle idle = pool == null ? null : pool.poll();
        if (idle == null) {
            return null;
        }
        if (idle.lastPeer().equals(client) && now - idle.sinceNanos() < SAME_PEER_QUARANTINE_NANOS) {
            pool.add(idle);
            return null;
        }
        size.decrementAndGet();
        return idle;
    }

    /**
     * The last resort when no new socket can be bound (a full {@code tftp.port-range}): a pooled
     * socket even if the same client used it a moment ago, since answering from it beats
     * refusing the client.
     *
     * @return a registered socket bound to {@code bindTo}, or null when there is none
     */
    Idle takeAny(InetAddress bindTo, boolean v6) {
        Queue<Idle> pool = pools.get(new BindKey(bindTo, v6));
        Idle idle = pool == null ? null : pool.poll();
        if (idle != null) {
            size.decrementAndGet();
        }
        return idle;
    }

    /**
     * Keeps a socket for reuse, or closes it when the pool is full. Called on the owning loop's
     * thread.
     */
    void offer(InetAddress bindTo, boolean v6, Idle idle) throws IOException {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            idle.key().cancel();
            idle.channel().close();
            return;
        }
        idle.key().attach(IDLE);
        pools.computeIfAbsent(new BindKey(bindTo, v6), k -> new ConcurrentLinkedQueue<>()).add(idle);
    }

    /** Closes every pooled socket. */
    void closeAll() {
        for (Queue<Idle> pool : pools.values()) {
            Idle idle;
            while ((idle = pool.poll()) != null) {
                idle.key().cancel();
                try {
                    idle.channel().close();
                } catch (IOException e) {
                    // closing on shutdown: nothing left to do with the socket
                }
            }
        }
        size.set(0);
    }
}
