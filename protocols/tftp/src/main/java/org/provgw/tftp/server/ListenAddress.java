package org.provgw.tftp.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses {@code address:port}, with IPv6 addresses in brackets ({@code [::]:69}). */
final class ListenAddress {

    private ListenAddress() {
    }

    /**
     * @param text the address and port
     * @return the resolved socket address
     * @throws IllegalArgumentException with a message fit for a configuration error
     */
    static InetSocketAddress parse(String text) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("expected [ipv6]:port in '" + text + "'");
            }
            host = text.substring(1, close);
            port = text.substring(close + 2);
        } else {
            int colon = text.lastIndexOf(':');
            if (colon <= 0 || text.indexOf(':') != colon) {
                throw new IllegalArgumentException("expected address:port in '" + text + "'");
            }
            host = text.substring(0, colon);
            port = text.substring(colon + 1);
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port is not a number in '" + text + "'");
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("port out of range in '" + text + "'");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), portNumber);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
    }
}
