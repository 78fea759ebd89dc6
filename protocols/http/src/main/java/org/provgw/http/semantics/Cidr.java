package org.provgw.http.semantics;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An address block, {@code 10.0.0.0/8} or {@code 2001:db8::/32}; a bare address is a block of
 * one. An IPv4 block matches IPv4 addresses only, an IPv6 block IPv6 addresses only.
 *
 * @param network the block's address bytes with the host bits cleared
 * @param prefix the number of leading bits that must match
 */
public record Cidr(byte[] network, int prefix) {

    /** Copies the array, so the record stays immutable. */
    public Cidr {
        network = network.clone();
    }

    /**
     * @param text {@code address/prefix} or a bare address, IP literals only
     * @return the block
     * @throws IllegalArgumentException with a message fit for a configuration error
     */
    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        InetAddress address = IpLiteral.parse(host.indexOf(':') >= 0 ? "[" + host + "]" : host)
                .map(a -> a.getAddress())
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block"));
        byte[] bytes = address.getAddress();
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("bad prefix length in '" + text + "'");
            }
        }
        return new Cidr(mask(bytes, prefix), prefix);
    }

    /**
     * @param address an address
     * @return whether it lies in this block
     */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] masked = bytes.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && c.prefix == prefix && Arrays.equals(c.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
