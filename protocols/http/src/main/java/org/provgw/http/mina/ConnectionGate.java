package org.provgw.http.mina;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.AttributeKey;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;
import org.provgw.protocol.ServingLimit;

/**
 * The first filter of a listener's chain: caps open connections overall and per client address.
 * A connection over a cap is closed at once, before TLS or HTTP see it, and counted in the
 * limit's refusals; no event of it goes further down the chain.
 */
final class ConnectionGate extends IoFilterAdapter {

    private static final AttributeKey SLOT = new AttributeKey(ConnectionGate.class, "slot");

    private final ServingLimit limit;
    private final RefusalWarnings warnings;

    /**
     * @param limit the connection caps
     * @param warnings where refusals are reported
     */
    ConnectionGate(ServingLimit limit, RefusalWarnings warnings) {
        this.limit = limit;
        this.warnings = warnings;
    }

    @Override
    public void sessionCreated(NextFilter next, IoSession session) throws Exception {
        InetSocketAddress peer = (InetSocketAddress) session.getRemoteAddress();
        Optional<ServingLimit.Slot> slot = peer == null ? Optional.empty() : limit.tryAcquire(peer.getAddress());
        if (slot.isEmpty()) {
            warnings.refused(peer, limit);
            session.closeNow();
            return;
        }
        session.setAttribute(SLOT, slot.get());
        next.sessionCreated(session);
    }

    @Override
    public void sessionOpened(NextFilter next, IoSession session) throws Exception {
        if (admitted(session)) {
            next.sessionOpened(session);
        }
    }

    @Override
    public void sessionClosed(NextFilter next, IoSession session) throws Exception {
        Object slot = session.removeAttribute(SLOT);
        if (slot != null) {
            ((ServingLimit.Slot) slot).close();
            next.sessionClosed(session);
        }
    }

    @Override
    public void messageReceived(NextFilter next, IoSession session, Object message) throws Exception {
        if (admitted(session)) {
            next.messageReceived(session, message);
        }
    }

    @Override
    public void messageSent(NextFilter next, IoSession session, WriteRequest request) throws Exception {
        if (admitted(session)) {
            next.messageSent(session, request);
        }
    }

    @Override
    public void inputClosed(NextFilter next, IoSession session) throws Exception {
        if (admitted(session)) {
            next.inputClosed(session);
        }
    }

    @Override
    public void sessionIdle(NextFilter next, IoSession session, IdleStatus status) throws Exception {
        if (admitted(session)) {
            next.sessionIdle(session, status);
        }
    }

    @Override
    public void exceptionCaught(NextFilter next, IoSession session, Throwable cause) throws Exception {
        if (admitted(session)) {
            next.exceptionCaught(session, cause);
        }
    }

    private static boolean admitted(IoSession session) {
        return session.containsAttribute(SLOT);
    }
}
