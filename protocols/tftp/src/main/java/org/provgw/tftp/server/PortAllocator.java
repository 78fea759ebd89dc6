package org.provgw.tftp.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Opens the sockets that answer clients, transfers and refusals alike: on a port the kernel
 * picks, or inside {@code tftp.port-range} the way tftpd-hpa does it (a random first port, then
 * each following one in turn, wrapping around, until a bind succeeds). It remembers the sockets
 * it opened in the range, so that when the range is full a refusal can still be sent from one
 * of them. Thread-safe.
 */
final class PortAllocator {

    private record BindKey(InetAddress address, boolean v6) {
    }

    private final Optional<PortRange> range;
    /** Per local address, the socket last opened on each port of the range (possibly closed since). */
    private final Map<BindKey, AtomicReferenceArray<DatagramChannel>> opened = new ConcurrentHashMap<>();

    /** @param range the ports to use; empty for the kernel's ephemeral ports */
    PortAllocator(Optional<PortRange> range) {
        this.range = range;
    }

    /** @return the range sockets are bound in, if one is configured */
    Optional<PortRange> range() {
        return range;
    }

    /**
     * @param bindTo the local address, null for the wildcard of the family
     * @param v6 the family
     * @return a new non-blocking socket, bound
     * @throws PortsExhaustedException if every port of the range is in use on that address
     * @throws IOException if the socket cannot be opened or bound for another reason
     */
    DatagramChannel open(InetAddress bindTo, boolean v6) throws IOException {
        DatagramChannel channel = DatagramChannel.open(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            if (range.isEmpty()) {
                channel.bind(new InetSocketAddress(bindTo, 0));
            } else {
                bindInRange(channel, range.get(), new BindKey(bindTo, v6));
            }
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * A socket to send one datagram from when no new one can be bound: any open socket in the
     * range on that address, whoever uses it. Sending from another thread is safe, and a
     * refusal needs no answer, so the transfer that owns the socket does not notice.
     *
     * @return an open socket in the range on that address, or empty
     */
    Optional<DatagramChannel> borrow(InetAddress bindTo, boolean v6) {
        AtomicReferenceArray<DatagramChannel> slots = opened.get(new BindKey(bindTo, v6));
        if (slots == null) {
            return Optional.empty();
        }
        int start = ThreadLocalRandom.current().nextInt(slots.length());
        for (int i = 0; i < slots.length(); i++) {
            DatagramChannel channel = slots.get((start + i) % slots.length());
            if (channel != null && channel.isOpen()) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    private void bindInRange(DatagramChannel channel, PortRange ports, BindKey key) throws IOException {
        int start = ThreadLocalRandom.current().nextInt(ports.size());
        for (int i = 0; i < ports.size(); i++) {
            int index = (start + i) % ports.size();
            try {
                channel.bind(new InetSocketAddress(key.address(), ports.port(index)));
            } catch (BindException e) {
                continue; // in use: probe the next port, as tftpd-hpa does
            }
            opened.computeIfAbsent(key, k -> new AtomicReferenceArray<>(ports.size())).set(index, channel);
            return;
        }
        throw new PortsExhaustedException(ports);
    }
}
