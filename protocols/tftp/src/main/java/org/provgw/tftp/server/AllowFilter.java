package org.provgw.tftp.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops, unanswered and counted, every datagram from an address outside the allowlist of the
 * listener it arrived on; passes the rest on. Sits between MINA's listener and the dispatcher.
 */
final class AllowFilter implements DatagramSink {

    private final DatagramSink next;
    private final TftpCounters counters;
    private volatile Map<ListenerKey, Allowlist> byListener = Map.of();

    /**
     * @param next where allowed datagrams go
     * @param counters where drops are counted
     */
    AllowFilter(DatagramSink next, TftpCounters counters) {
        this.next = next;
        this.counters = counters;
    }

    /**
     * Sets the lists once the listeners are bound and their ports known; until then every
     * datagram is dropped, so that none slips through while the sockets come up.
     *
     * @param lists each bound listening address (as the listener reports it) and its allowlist
     */
    void listeners(Map<InetSocketAddress, Allowlist> lists) {
        Map<ListenerKey, Allowlist> keyed = new HashMap<>();
        lists.forEach((address, allow) -> keyed.put(ListenerKey.of(address), allow));
        this.byListener = Map.copyOf(keyed);
    }

    /** A listening address the filter does not know answers nobody: a quirk must never open a listener up. */
    @Override
    public void onDatagram(ByteBuffer datagram, InetSocketAddress client, InetSocketAddress local) {
        Allowlist allow = byListener.get(ListenerKey.of(local));
        if (allow != null && allow.permits(client.getAddress())) {
            next.onDatagram(datagram, client, local);
        } else {
            counters.notAllowed(client, local);
        }
    }

    /**
     * A listening address as both sides can name it: Java reports a socket bound to
     * {@code 0.0.0.0} through MINA (which opens dual-stack IPv6 sockets) as {@code [::]}, so
     * the wildcards of both families are one key.
     */
    private record ListenerKey(InetAddress address, int port) {
        static ListenerKey of(InetSocketAddress socket) {
            InetAddress ip = socket.getAddress();
            return new ListenerKey(ip == null || ip.isAnyLocalAddress() ? null : ip, socket.getPort());
        }
    }
}
