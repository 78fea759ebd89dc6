package org.provgw.ldap.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the directory: validated, immutable.
 *
 * @param servers the servers, in the configured order
 * @param selection failover or round-robin between them
 * @param transport plain, LDAPS or StartTLS
 * @param trustStore the certificates TLS servers must chain to; empty for the JDK's cacerts
 * @param verifyHostname whether a TLS server's certificate must name the host connected to
 * @param bind the simple bind; empty for anonymous
 * @param connectTimeout TCP connect (and TLS handshake) timeout
 * @param bindTimeout bind and StartTLS response timeout
 * @param searchTimeout search response timeout, also sent as the server-side time limit
 * @param maxConnections the most connections kept open
 * @param maxWait how long a look-up waits for a free connection
 * @param pageSize entries per page of a paged search (RFC 2696)
 */
public record ConnectionSettings(List<LdapServer> servers, ServerSelection selection, Transport transport,
                                 Optional<TrustStore> trustStore, boolean verifyHostname,
                                 Optional<BindCredentials> bind, Duration connectTimeout, Duration bindTimeout,
                                 Duration searchTimeout, int maxConnections, Duration maxWait,
                                 int pageSize) {

    /** @throws IllegalArgumentException if there is no server */
    public ConnectionSettings {
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("no server");
        }
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(bindTimeout, "bindTimeout");
        Objects.requireNonNull(searchTimeout, "searchTimeout");
        Objects.requireNonNull(maxWait, "maxWait");
    }

    /** @return {@code ldaps://a:636, ldaps://b:636} for logs */
    public String describeServers() {
        String scheme = transport == Transport.LDAPS ? "ldaps://" : "ldap://";
        StringBuilder text = new StringBuilder();
        for (LdapServer server : servers) {
            text.append(text.length() == 0 ? "" : ", ").append(scheme).append(server);
        }
        return text.toString();
    }
}
