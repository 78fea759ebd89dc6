package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.tftp.transfer.Transfer;

/**
 * One running transfer as the {@link SelectorLoop} that drives it sees it: its state machine, its
 * place in the loop's timer queue, and its end, which releases what it holds (the file read, or
 * an upload not committed) and reports it to the access log once. The two kinds differ only in
 * the socket: a {@link TransferSession} has a port of its own, a {@link SharedTransfer} shares
 * the listening socket (single-port mode). Confined to the loop's thread.
 */
abstract class LoopTransfer implements TransferSite {

    private static final Logger LOG = LogManager.getLogger(LoopTransfer.class);

    private final Runnable release;
    private final TransferTicket ticket;
    private Transfer transfer;
    private TimerEntry timer;
    private boolean closed;

    /**
     * @param release run once when the transfer ends: closes the file read, or discards an
     *     upload that was not committed
     * @param ticket access-log names and the end callback
     */
    LoopTransfer(Runnable release, TransferTicket ticket) {
        this.release = release;
        this.ticket = ticket;
    }

    final void attach(Transfer attached) {
        this.transfer = attached;
    }

    @Override
    public final Transfer transfer() {
        return transfer;
    }

    final InetSocketAddress peer() {
        return transfer.peer();
    }

    final TimerEntry timer() {
        return timer;
    }

    final void timer(TimerEntry entry) {
        this.timer = entry;
    }

    final boolean isClosed() {
        return closed;
    }

    @Override
    public final void send(ByteBuffer datagram) {
        sendTo(transfer.peer(), datagram);
    }

    /**
     * Takes its place on its socket and sends the first packet. On the loop thread.
     *
     * @throws IOException if the socket cannot be registered
     */
    abstract void begin(long now) throws IOException;

    /** Leaves its socket: hands a socket of its own to the next transfer, or leaves the shared port's table. */
    abstract void detach(long now);

    /** Leaves the socket, releases what the transfer holds and reports it. Idempotent. */
    final void close(long now) {
        if (closed) {
            return;
        }
        closed = true;
        detach(now);
        try {
            release.run();
        } catch (RuntimeException e) {
            LOG.error("releasing the file of the transfer to {} failed", transfer.peer(), e);
        }
        ticket.finished(transfer, now);
    }
}
