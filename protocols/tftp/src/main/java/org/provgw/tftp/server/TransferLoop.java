package org.provgw.tftp.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A loop whose transfers each have a socket of their own ({@link TransferSession}); it also keeps
 * the sockets of ended transfers for the next ones ({@link IdleSockets}).
 */
final class TransferLoop extends SelectorLoop {

    private static final Logger LOG = LogManager.getLogger(TransferLoop.class);
    /** Sockets kept for reuse per loop: a boot storm's worth of a fraction of a second. */
    private static final int IDLE_SOCKETS = 1024;

    private final IdleSockets idleSockets = new IdleSockets(IDLE_SOCKETS);

    TransferLoop(String name) {
        super(name);
    }

    /** @return the sockets of ended transfers on this loop, for the next transfers */
    IdleSockets idleSockets() {
        return idleSockets;
    }

    @Override
    void onReady(SelectionKey key, ByteBuffer buffer) {
        if (key.attachment() == IdleSockets.IDLE) {
            drain(key, buffer);
            return;
        }
        TransferSession session = (TransferSession) key.attachment();
        long now = System.nanoTime();
        try {
            session.onReadable(buffer, now);
        } catch (RuntimeException e) {
            failed(session, e);
        }
        afterEvent(session, now);
    }

    @Override
    Collection<LoopTransfer> running() {
        List<LoopTransfer> sessions = new ArrayList<>();
        for (SelectionKey key : keys()) {
            if (key.attachment() instanceof TransferSession session) {
                sessions.add(session);
            }
        }
        return sessions;
    }

    @Override
    void closeSockets() {
        idleSockets.closeAll();
    }

    /** A late packet for an ended transfer: nobody to give it to. */
    private static void drain(SelectionKey key, ByteBuffer buffer) {
        try {
            buffer.clear();
            ((DatagramChannel) key.channel()).receive(buffer);
        } catch (IOException e) {
            LOG.debug("draining an idle socket failed: {}", e.toString());
        }
    }
}
