package org.provgw.gateway.access;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Socket addresses the way operators write them in {@code tftp.listen}: {@code 192.0.2.7:69},
 * {@code [2001:db8::7]:69}, {@code [::]:6969}. {@link InetSocketAddress#toString()} prints a
 * leading slash and uncompressed IPv6, which nobody can paste back into a configuration.
 */
public final class SocketAddresses {

    private SocketAddresses() {
    }

    /**
     * @param address an address, resolved or not
     * @return {@code host:port}, IPv6 compressed (RFC 5952) and in brackets
     */
    public static String format(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip == null ? address.getHostString()
                : ip instanceof Inet6Address ? compress(ip.getHostAddress()) : ip.getHostAddress();
        if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return host + ":" + address.getPort();
    }

    /**
     * @param addresses addresses
     * @return each {@link #format formatted}, separated by {@code ", "}
     */
    public static String join(List<InetSocketAddress> addresses) {
        return addresses.stream().map(SocketAddresses::format).collect(Collectors.joining(", "));
    }

    /** Replaces the longest run of two or more zero groups with {@code ::}, keeping any scope. */
    static String compress(String full) {
        int percent = full.indexOf('%');
        String scope = percent < 0 ? "" : full.substring(percent);
        String[] groups = (percent < 0 ? full : full.substring(0, percent)).split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", List.of(groups).subList(0, bestStart));
        String tail = String.join(":", List.of(groups).subList(bestStart + bestLength, groups.length));
        return head + "::" + tail + scope;
    }
}
