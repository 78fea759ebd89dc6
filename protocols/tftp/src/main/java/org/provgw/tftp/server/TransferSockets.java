package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the socket and the loop for a new transfer: a socket left by an ended transfer on any
 * loop (it stays with the loop it is registered on), else a new one from the
 * {@link PortAllocator} on the next loop in turn. Looking at every loop's pool first matters with
 * a port range: the pooled sockets hold ports of the range, and a loop without one must not
 * find the range full because another loop keeps the free ports.
 */
final class TransferSockets {

    /**
     * A socket for one transfer.
     *
     * @param loop the loop the transfer must run on
     * @param channel the socket, bound
     * @param key its registration with {@code loop} when reused, else null
     */
    record Lease(TransferLoop loop, DatagramChannel channel, SelectionKey key) {
    }

    private final TransferLoop[] loops;
    private final PortAllocator ports;
    private final AtomicInteger next = new AtomicInteger();

    TransferSockets(TransferLoop[] loops, PortAllocator ports) {
        this.loops = loops.clone();
        this.ports = ports;
    }

    /**
     * @param bindTo the local address, null for the wildcard of the family
     * @param v6 the family
     * @param client the client, so that it does not get back the socket it used just before
     * @return the lease
     * @throws PortsExhaustedException if every port of the range is taken and no socket is pooled
     * @throws IOException if no socket can be opened
     */
    Lease acquire(InetAddress bindTo, boolean v6, InetSocketAddress client) throws IOException {
        int first = Math.floorMod(next.getAndIncrement(), loops.length);
        long now = System.nanoTime();
        for (int i = 0; i < loops.length; i++) {
            TransferLoop loop = loops[(first + i) % loops.length];
            IdleSockets.Idle idle = loop.idleSockets().take(bindTo, v6, client, now);
            if (idle != null) {
                return new Lease(loop, idle.channel(), idle.key());
            }
        }
        try {
            return new Lease(loops[first], ports.open(bindTo, v6), null);
        } catch (PortsExhaustedException e) {
            for (TransferLoop loop : loops) {
                IdleSockets.Idle idle = loop.idleSockets().takeAny(bindTo, v6);
                if (idle != null) {
                    return new Lease(loop, idle.channel(), idle.key());
                }
            }
            throw e;
        }
    }
}
