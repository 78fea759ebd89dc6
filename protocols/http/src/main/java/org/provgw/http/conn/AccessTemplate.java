package org.provgw.http.conn;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.provgw.protocol.Outcome;

/**
 * What the access-log line of a request says, known when its response is chosen; the bytes
 * sent, the time taken and how it ended are added when the response is over.
 *
 * @param client the client the request is for (after {@code X-Forwarded-For})
 * @param file the normalized path served, or the name as asked for, or {@code -}
 * @param provider the provider that answered, or {@code -}
 * @param outcome the outcome if every byte of the response is sent
 * @param detail method, status and particulars, e.g. {@code GET 206 bytes 0-99/4096}
 */
public record AccessTemplate(InetSocketAddress client, String file, String provider, Outcome outcome,
                             String detail) {

    /** @throws NullPointerException if an argument is {@code null} */
    public AccessTemplate {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
