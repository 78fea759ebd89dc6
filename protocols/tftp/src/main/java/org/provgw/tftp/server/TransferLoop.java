package org.provgw.tftp.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.TftpOptions;
import org.provgw.tftp.packet.TftpErrorCode;

/**
 * One I/O thread with one selector, driving many transfers: it reads their sockets, runs their
 * state machines and fires their retransmission timers. Everything a transfer does happens on
 * this thread, so transfers need no locks; other threads only hand sessions over through a queue.
 */
final class TransferLoop implements Runnable {

    private static final Logger LOG = LogManager.getLogger(TransferLoop.class);
    private static final int RECEIVE_BUFFER = 65536;
    /** Sockets kept for reuse per loop: a boot storm's worth of a fraction of a second. */
    private static final int IDLE_SOCKETS = 1024;

    private final Selector selector;
    private final Queue<TransferSession> incoming = new ConcurrentLinkedQueue<>();
    private final Queue<Posted> posted = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<TimerEntry> timers =
            new PriorityQueue<>(Comparator.comparingLong(TimerEntry::deadlineNanos));
    private final ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(RECEIVE_BUFFER);
    /**
     * Where this loop's transfers build their DATA packets, one at a time: direct, so that a
     * block is read from the file into it and sent from it without a copy in between.
     */
    private final ByteBuffer packetBuffer = ByteBuffer.allocateDirect(Wire.HEADER + TftpOptions.MAX_BLKSIZE);
    private final IdleSockets idleSockets = new IdleSockets(IDLE_SOCKETS);
    private final Thread thread;
    private volatile boolean running = true;

    TransferLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    /** @return the sockets of ended transfers on this loop, for the next transfers */
    IdleSockets idleSockets() {
        return idleSockets;
    }

    /** @return the buffer transfers on this loop build DATA packets in; used on the loop thread only */
    ByteBuffer packetBuffer() {
        return packetBuffer;
    }

    void start() {
        thread.start();
    }

    /**
     * Hands a new transfer to this loop; it starts on the loop's thread.
     *
     * @return false when the loop is stopping and did not take it
     */
    boolean submit(TransferSession session) {
        if (!running) {
            return false;
        }
        incoming.add(session);
        selector.wakeup();
        // Stopped meanwhile: take it back unless the shutdown already took it (and ended it).
        return running || !incoming.remove(session);
    }

    /** Work for a session that finished on another thread, to run on the loop's. */
    private record Posted(TransferSession session, LongConsumer event) {
    }

    /**
     * Runs {@code event} with the current time on this loop's thread, then looks at the session
     * as after any event: for work that finished elsewhere, such as an upload's commit. Dropped
     * when the session has ended by then, or the loop is stopping (it ends the session itself).
     */
    void post(TransferSession session, LongConsumer event) {
        if (running) {
            posted.add(new Posted(session, event));
            selector.wakeup();
        }
    }

    /** Ends every transfer as {@link Outcome#SHUTDOWN} and stops the thread. */
    void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                selector.select(this::onReady, selectTimeoutMillis());
                long now = System.nanoTime();
                startIncoming(now);
                runPosted(now);
                fireTimers(now);
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.error("transfer loop {} failed", thread.getName(), e);
        } finally {
            shutdown();
        }
    }

    private void onReady(SelectionKey key) {
        if (key.attachment() == IdleSockets.IDLE) {
            drain(key);
            return;
        }
        TransferSession session = (TransferSession) key.attachment();
        long now = System.nanoTime();
        try {
            session.onReadable(receiveBuffer, now);
        } catch (RuntimeException e) {
            failed(session, e);
        }
        afterEvent(session, now);
    }

    /** A bug in one transfer ends that transfer, not the loop and every transfer on it. */
    private static void failed(TransferSession session, RuntimeException e) {
        LOG.error("transfer to {} failed", session.transfer().peer(), e);
        session.transfer().abort(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "internal error");
    }

    /** A late packet for an ended transfer: nobody to give it to. */
    private void drain(SelectionKey key) {
        try {
            receiveBuffer.clear();
            ((DatagramChannel) key.channel()).receive(receiveBuffer);
        } catch (IOException e) {
            LOG.debug("draining an idle socket failed: {}", e.toString());
        }
    }

    private void startIncoming(long now) {
        TransferSession session;
        while ((session = incoming.poll()) != null) {
            try {
                if (session.key() == null) {
                    session.key(session.channel().register(selector, SelectionKey.OP_READ, session));
                } else {
                    session.key().attach(session);
                }
                session.transfer().start(now);
            } catch (IOException e) {
                session.transfer().abort(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED,
                        "cannot start the transfer");
            } catch (RuntimeException e) {
                failed(session, e);
            }
            afterEvent(session, now);
        }
    }

    private void runPosted(long now) {
        Posted next;
        while ((next = posted.poll()) != null) {
            TransferSession session = next.session();
            if (session.isClosed()) {
                continue;
            }
            try {
                next.event().accept(now);
            } catch (RuntimeException e) {
                failed(session, e);
            }
            afterEvent(session, now);
        }
    }

    private void fireTimers(long now) {
        TimerEntry entry;
        while ((entry = timers.peek()) != null && entry.deadlineNanos() - now <= 0) {
            timers.poll();
            TransferSession session = entry.session();
            if (session.isClosed() || session.timer() != entry) {
                continue;
            }
            session.timer(null);
            try {
                session.transfer().onTimeout(now);
            } catch (RuntimeException e) {
                failed(session, e);
            }
            afterEvent(session, now);
        }
    }

    /** Closes a finished session, or makes sure a timer entry covers its current deadline. */
    private void afterEvent(TransferSession session, long now) {
        if (session.transfer().isFinished()) {
            session.close(now, idleSockets);
            return;
        }
        long deadline = session.transfer().deadlineNanos();
        TimerEntry current = session.timer();
        if (current == null || deadline - current.deadlineNanos() < 0) {
            TimerEntry entry = new TimerEntry(deadline, session);
            session.timer(entry);
            timers.add(entry);
        }
    }

    private long selectTimeoutMillis() {
        if (!incoming.isEmpty()) {
            return 1;
        }
        TimerEntry next = timers.peek();
        if (next == null) {
            return 1000;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(next.deadlineNanos() - System.nanoTime());
        return Math.max(1, Math.min(millis + 1, 1000));
    }

    private void shutdown() {
        long now = System.nanoTime();
        List<TransferSession> sessions = new ArrayList<>();
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof TransferSession session) {
                sessions.add(session);
            }
        }
        sessions.addAll(incoming);
        incoming.clear();
        for (TransferSession session : sessions) {
            session.transfer().abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "server shutting down");
            session.close(now, idleSockets);
        }
        timers.clear();
        idleSockets.closeAll();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("selector close failed: {}", e.toString());
        }
    }
}
