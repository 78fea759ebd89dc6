package org.provgw.protocol;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Socket addresses the way operators write them in {@code tftp.listen} and on command lines:
 * {@code 192.0.2.7:69}, {@code [2001:db8::7]:69}, {@code [::]:6969}. Every endpoint parses its
 * {@code <name>.listen} key with {@link #parse}; logs print with {@link #format}, because
 * {@link InetSocketAddress#toString()} prints a leading slash and uncompressed IPv6, which nobody
 * can paste back into a configuration.
 */
public final class SocketAddresses {

    private SocketAddresses() {
    }

    /**
     * Parses {@code host:port}, {@code [ipv6]:port}, or a bare host when a default port is given.
     * Host names are resolved.
     *
     * @param text the address as written
     * @param defaultPort the port of a bare host, or -1 when the port is required
     * @return the resolved address, port 0 to 65535
     * @throws IllegalArgumentException with a message fit for a configuration or usage error
     */
    public static InetSocketAddress parse(String text, int defaultPort) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("missing ']' in '" + text + "'");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("expected ':port' after ']' in '" + text + "'");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException("IPv6 addresses need brackets, e.g. [::1]:69, not '" + text + "'");
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in '" + text + "'");
        }
        if (port == null && defaultPort < 0) {
            throw new IllegalArgumentException("expected address:port in '" + text + "'");
        }
        return new InetSocketAddress(resolve(host), port == null ? defaultPort : parsePort(port, text));
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

    private static int parsePort(String port, String text) {
        try {
            int value = Integer.parseInt(port);
            if (value >= 0 && value <= 65535) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("port must be 0-65535 in '" + text + "'");
    }

    private static InetAddress resolve(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
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
