package org.provgw.http.conn;

import java.net.InetSocketAddress;
import org.provgw.http.wire.ParseEvent;

/**
 * Chooses the response to each request of a connection. Called on the connection's I/O thread,
 * one request at a time; must not block, so work that may (a provider look-up) goes to another
 * thread, which then completes the request.
 */
public interface RequestHandler {

    /**
     * @param request the request; {@link PendingRequest#complete} must be called exactly once,
     *     now or later, from any thread
     */
    void handle(PendingRequest request);

    /**
     * @param malformed what the parser refused
     * @param peer the address the connection comes from
     * @return the error response, after which the connection closes
     */
    Reply refuse(ParseEvent.Malformed malformed, InetSocketAddress peer);
}
