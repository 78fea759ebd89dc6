package org.provgw.http.mina;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.AttributeKey;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteTimeoutException;
import org.provgw.http.conn.HttpConnection;
import org.provgw.http.conn.Transport;
import org.provgw.protocol.Outcome;

/**
 * Turns MINA's session events into calls on the session's {@link HttpConnection}; no HTTP logic
 * lives here. A failure in a callback closes that connection only.
 */
final class HttpSessionHandler extends IoHandlerAdapter {

    /** The session attribute holding its connection. */
    static final AttributeKey CONNECTION = new AttributeKey(HttpSessionHandler.class, "connection");

    private static final Logger LOG = LogManager.getLogger(HttpSessionHandler.class);

    private final ConnectionFactory connections;
    private final Function<IoSession, Transport> transports;
    private final ConnectionRegistry registry;

    /**
     * @param connections creates each session's connection
     * @param transports creates each session's transport
     * @param registry the open connections, for deadlines and shutdown
     */
    HttpSessionHandler(ConnectionFactory connections, Function<IoSession, Transport> transports,
                       ConnectionRegistry registry) {
        this.connections = connections;
        this.transports = transports;
        this.registry = registry;
    }

    @Override
    public void sessionCreated(IoSession session) {
        HttpConnection connection = connections.create(transports.apply(session),
                (InetSocketAddress) session.getRemoteAddress());
        session.setAttribute(CONNECTION, connection);
        registry.add(connection);
    }

    @Override
    public void messageReceived(IoSession session, Object message) {
        connection(session).onBytes(((IoBuffer) message).buf());
    }

    @Override
    public void messageSent(IoSession session, Object message) {
        HttpConnection connection = connection(session);
        if (message instanceof SendfileRegion region && !region.complete()) {
            LOG.warn("a file sent to {} shrank while being sent; the response is cut short", session.getRemoteAddress());
            connection.onFailure(Outcome.SERVER_ERROR);
            session.closeNow();
            return;
        }
        connection.onSent(message);
    }

    @Override
    public void inputClosed(IoSession session) {
        session.suspendRead(); // or MINA would report the end of input again and again
        connection(session).onInputClosed();
    }

    @Override
    public void sessionClosed(IoSession session) {
        HttpConnection connection = (HttpConnection) session.removeAttribute(CONNECTION);
        if (connection != null) {
            registry.remove(connection);
            connection.onClosed();
        }
    }

    @Override
    public void exceptionCaught(IoSession session, Throwable cause) {
        HttpConnection connection = (HttpConnection) session.getAttribute(CONNECTION);
        if (cause instanceof WriteTimeoutException) {
            LOG.debug("{} stopped reading: send timeout", session.getRemoteAddress());
            if (connection != null) {
                connection.onFailure(Outcome.TIMEOUT);
            }
        } else if (cause instanceof SSLException || cause instanceof IOException) {
            LOG.debug("connection from {} failed: {}", session.getRemoteAddress(), cause.toString());
        } else {
            LOG.error("connection from {} failed", session.getRemoteAddress(), cause);
            if (connection != null) {
                connection.onFailure(Outcome.SERVER_ERROR);
            }
        }
        session.closeNow();
    }

    private static HttpConnection connection(IoSession session) {
        return (HttpConnection) session.getAttribute(CONNECTION);
    }
}
