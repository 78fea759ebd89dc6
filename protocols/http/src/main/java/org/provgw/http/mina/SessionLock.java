package org.provgw.http.mina;

import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.AttributeKey;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;

/**
 * Runs every event of a TLS session under its connection's lock, before the TLS filter sees it.
 * Responses are written from look-up threads while the I/O thread receives and acknowledges;
 * MINA's TLS handler forwards the records it produced outside its own lock, so two threads could
 * hand records to the socket out of order. With this filter every entry into the TLS handler
 * holds the same lock, taken in the same order (connection, then TLS handler), by every thread.
 */
final class SessionLock extends IoFilterAdapter {

    private final AttributeKey connectionKey;

    /** @param connectionKey the session attribute holding the object to lock on */
    SessionLock(AttributeKey connectionKey) {
        this.connectionKey = connectionKey;
    }

    private Object lock(IoSession session) {
        Object connection = session.getAttribute(connectionKey);
        return connection != null ? connection : session;
    }

    @Override
    public void sessionOpened(NextFilter next, IoSession session) throws Exception {
        synchronized (lock(session)) {
            next.sessionOpened(session);
        }
    }

    @Override
    public void sessionClosed(NextFilter next, IoSession session) throws Exception {
        synchronized (lock(session)) {
            next.sessionClosed(session);
        }
    }

    @Override
    public void sessionIdle(NextFilter next, IoSession session, IdleStatus status) throws Exception {
        synchronized (lock(session)) {
            next.sessionIdle(session, status);
        }
    }

    @Override
    public void exceptionCaught(NextFilter next, IoSession session, Throwable cause) throws Exception {
        synchronized (lock(session)) {
            next.exceptionCaught(session, cause);
        }
    }

    @Override
    public void messageReceived(NextFilter next, IoSession session, Object message) throws Exception {
        synchronized (lock(session)) {
            next.messageReceived(session, message);
        }
    }

    @Override
    public void messageSent(NextFilter next, IoSession session, WriteRequest request) throws Exception {
        synchronized (lock(session)) {
            next.messageSent(session, request);
        }
    }

    @Override
    public void inputClosed(NextFilter next, IoSession session) throws Exception {
        synchronized (lock(session)) {
            next.inputClosed(session);
        }
    }
}
