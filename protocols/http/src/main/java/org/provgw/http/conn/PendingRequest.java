package org.provgw.http.conn;

import java.net.InetSocketAddress;
import org.provgw.http.wire.RequestHead;

/**
 * A request handed to the {@link RequestHandler}, waiting for its {@link Reply}. Replies go out in
 * request order whatever order they are completed in.
 */
public interface PendingRequest {

    /** @return the parsed request */
    RequestHead head();

    /** @return the address the connection comes from */
    InetSocketAddress peer();

    /**
     * @return whether the connection may stay open after this response: the client allows it and
     *     the server is not stopping
     */
    boolean keepAlive();

    /**
     * Gives the response; callable from any thread, exactly once. A reply completed after the
     * connection closed is released at once (its file closed, its slot given back) and logged as
     * aborted.
     *
     * @param reply the response
     */
    void complete(Reply reply);
}
