package org.provgw.protocol;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A running protocol listener. Started once; stopped once or more (later calls do nothing); never
 * restarted.
 */
public interface Endpoint {

    /**
     * Binds every configured address and starts serving. On failure nothing stays bound.
     *
     * @throws IOException if an address cannot be bound; the message names the address
     */
    void start() throws IOException;

    /**
     * @return the addresses actually bound, with the real port when port 0 was configured; empty
     *     before {@link #start()} and after {@link #stop()}
     */
    List<InetSocketAddress> boundAddresses();

    /**
     * Stops listening, ends running transfers (each reported to the access log as
     * {@link Outcome#SHUTDOWN}) and releases threads and sockets. Idempotent.
     */
    void stop();
}
