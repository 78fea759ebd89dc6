package org.provgw.http.conn;

import java.time.Duration;
import java.util.Objects;
import org.provgw.http.wire.ParseLimits;
import org.provgw.provider.Protocol;

/**
 * How the connections of one listener behave.
 *
 * @param protocol {@link Protocol#HTTP} or {@link Protocol#HTTPS}, for the access log
 * @param limits what the request parser accepts
 * @param requestTimeout the longest a client may take to send one request, from its first byte
 *     (or from when the server was ready for it): beyond it 408 (slow clients, slowloris); also the
 *     longest a new connection may stay silent
 * @param idleTimeout the longest an open connection may wait for its next request
 */
public record ConnectionSettings(Protocol protocol, ParseLimits limits, Duration requestTimeout,
                                 Duration idleTimeout) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ConnectionSettings {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
    }
}
