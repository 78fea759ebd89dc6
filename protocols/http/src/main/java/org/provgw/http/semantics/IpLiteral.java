package org.provgw.http.semantics;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address written by a proxy in {@code X-Forwarded-For}: {@code 192.0.2.7},
 * {@code 2001:db8::7}, optionally with a port ({@code 192.0.2.7:4711}, {@code [2001:db8::7]:4711}).
 * Only literals are accepted, so a hostile header can never make the server resolve a name.
 */
final class IpLiteral {

    private IpLiteral() {
    }

    /**
     * @param text one element of the list
     * @return the address with its port, or port 0 when none is given; empty when the element is
     *     not an IP literal
     */
    static Optional<InetSocketAddress> parse(String text) {
        String value = text.strip();
        String host = value;
        int port = 0;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":") || (port = port(rest.substring(1))) < 0) {
                    return Optional.empty();
                }
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = port(value.substring(value.indexOf(':') + 1));
            if (port < 0) {
                return Optional.empty();
            }
        }
        int givenPort = port;
        return address(host).map(address -> new InetSocketAddress(address, givenPort));
    }

    private static Optional<InetAddress> address(String host) {
        boolean v6 = host.indexOf(':') >= 0;
        if (v6 ? !isIpv6Text(host) : !isIpv4(host)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host)); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Hex digits, colons and the dots of an embedded IPv4 part; the JDK checks the rest. */
    private static boolean isIpv6Text(String host) {
        return !host.isEmpty() && host.length() <= 45 && host.chars().allMatch(c -> c == ':' || c == '.'
                || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    }

    private static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int port = Integer.parseInt(text);
        return port <= 65535 ? port : -1;
    }
}
