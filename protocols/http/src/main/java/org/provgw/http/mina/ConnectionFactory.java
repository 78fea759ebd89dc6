package org.provgw.http.mina;

import java.net.InetSocketAddress;
import org.provgw.http.conn.HttpConnection;
import org.provgw.http.conn.Transport;

/** Creates the {@link HttpConnection} of each accepted session. */
@FunctionalInterface
public interface ConnectionFactory {

    /**
     * @param transport the session as the connection sees it
     * @param peer the client's address
     * @return the connection
     */
    HttpConnection create(Transport transport, InetSocketAddress peer);
}
