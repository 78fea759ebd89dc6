package org.provgw.protocol;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.provgw.provider.Protocol;

/**
 * One line of the access log: one transfer (TFTP) or one request (HTTP).
 *
 * @param protocol the protocol, never {@code null}
 * @param client the client's address and port, never {@code null}
 * @param file the requested name as normalized, or as sent when it could not be normalized
 * @param provider the provider that answered, or {@code -} when none did
 * @param bytes payload bytes sent
 * @param blocks data blocks (TFTP) or responses (HTTP) sent, retransmissions excluded
 * @param retransmits packets sent again after a timeout or a loss
 * @param millis time from the request to the end
 * @param outcome how it ended, never {@code null}
 * @param detail a short detail (error text, options), or empty
 */
public record AccessRecord(Protocol protocol, InetSocketAddress client, String file, String provider,
                           long bytes, long blocks, long retransmits, long millis, Outcome outcome,
                           String detail) {

    /** @throws NullPointerException if an object argument is {@code null} */
    public AccessRecord {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
