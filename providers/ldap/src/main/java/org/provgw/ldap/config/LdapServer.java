package org.provgw.ldap.config;

import java.util.Objects;

/**
 * One directory server to connect to.
 *
 * @param host the host name or address
 * @param port the TCP port
 */
public record LdapServer(String host, int port) {

    /** @throws IllegalArgumentException if the host is blank or the port is outside 1..65535 */
    public LdapServer {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535: " + port);
        }
    }

    @Override
    public String toString() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
