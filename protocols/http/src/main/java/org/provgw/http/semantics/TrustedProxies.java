package org.provgw.http.semantics;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.provgw.http.wire.Headers;

/**
 * Reverse proxies whose {@code X-Forwarded-For} is believed. When the connection comes from one
 * of them, the list is read from its right end (the hop the proxy itself saw) leftwards, past
 * every trusted proxy, and the first address that is not trusted is the client. Addresses to the
 * left of it were written by the client and are ignored. An element that is not an IP literal
 * ends the walk at the last good address. From any other peer the field is ignored entirely,
 * since a client could write anything in it.
 */
public final class TrustedProxies {

    /** Believes no one. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Cidr> blocks;

    /** @param blocks the proxies' address blocks */
    public TrustedProxies(List<Cidr> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** @return the configured blocks */
    public List<Cidr> blocks() {
        return blocks;
    }

    /**
     * @param peer the address the connection comes from
     * @param headers the request's fields
     * @return the client the request is for: the peer, or an address from
     *     {@code X-Forwarded-For} (port 0 unless the proxy wrote one)
     */
    public InetSocketAddress client(InetSocketAddress peer, Headers headers) {
        if (blocks.isEmpty() || !trusted(peer)) {
            return peer;
        }
        List<String> hops = headers.elements("X-Forwarded-For");
        InetSocketAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetSocketAddress> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return client;
    }

    private boolean trusted(InetSocketAddress address) {
        if (address.getAddress() == null) {
            return false;
        }
        for (Cidr block : blocks) {
            if (block.contains(address.getAddress())) {
                return true;
            }
        }
        return false;
    }
}
