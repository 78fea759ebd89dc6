package org.provgw.tftp.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Collection;
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
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpOptions;

/**
 * One I/O thread with one selector, driving many transfers: it reads their sockets, runs their
 * state machines, fires their retransmission timers and runs the work other threads post back
 * for them (an upload's commit). Everything a transfer does happens on this thread, so transfers
 * need no locks; other threads only hand transfers and events over through queues. What the
 * sockets are is the subclass's: one per transfer ({@link TransferLoop}) or shared listening
 * sockets ({@link SharedPortLoop}).
 */
abstract class SelectorLoop implements Runnable {

    private static final Logger LOG = LogManager.getLogger(SelectorLoop.class);
    private static final int RECEIVE_BUFFER = 65536;

    /** Work for a transfer that finished on another thread, to run on the loop's. */
    private record Posted(LoopTransfer transfer, LongConsumer event) {
    }

    private final Selector selector;
    private final Thread thread;
    private final Queue<LoopTransfer> incoming = new ConcurrentLinkedQueue<>();
    private final Queue<Posted> posted = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<TimerEntry> timers =
            new PriorityQueue<>(Comparator.comparingLong(TimerEntry::deadlineNanos));
    private final ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(RECEIVE_BUFFER);
    /**
     * Where this loop's transfers build their DATA packets, one at a time: direct, so that a
     * block is read from the file into it and sent from it without a copy in between.
     */
    private final ByteBuffer packetBuffer = ByteBuffer.allocateDirect(Wire.HEADER + TftpOptions.MAX_BLKSIZE);
    private volatile boolean running = true;
    private volatile boolean started;

    SelectorLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    /** @return the buffer transfers on this loop build DATA packets in; loop thread only */
    final ByteBuffer packetBuffer() {
        return packetBuffer;
    }

    /** Registers a socket for reading with this loop's selector. */
    final SelectionKey register(SelectableChannel channel, Object attachment) throws ClosedChannelException {
        return channel.register(selector, SelectionKey.OP_READ, attachment);
    }

    final void start() {
        started = true;
        thread.start();
    }

    /**
     * Hands a new transfer to this loop; it starts on the loop's thread.
     *
     * @return false when the loop is stopping and did not take it
     */
    final boolean submit(LoopTransfer transfer) {
        if (!running) {
            return false;
        }
        incoming.add(transfer);
        selector.wakeup();
        // Stopped meanwhile: take it back unless the shutdown already took it (and ended it).
        return running || !incoming.remove(transfer);
    }

    /** @see TransferSite#post */
    final void post(LoopTransfer transfer, LongConsumer event) {
        if (running) {
            posted.add(new Posted(transfer, event));
            selector.wakeup();
        }
    }

    /** Ends every transfer as {@link Outcome#SHUTDOWN}, closes the sockets and stops the thread. */
    final void stop() {
        running = false;
        if (!started) {
            shutdown();
            return;
        }
        selector.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public final void run() {
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

    /**
     * Handles a readable socket: reads one datagram (the selector is level-triggered, so a second
     * one brings the loop back) into {@code buffer} and gives it to its transfer, then calls
     * {@link #afterEvent} for that transfer.
     */
    abstract void onReady(SelectionKey key, ByteBuffer buffer);

    /** @return the transfers running on this loop's sockets now, for the shutdown to end */
    abstract Collection<LoopTransfer> running();

    /** Closes the sockets the loop still holds once every transfer has ended. */
    abstract void closeSockets();

    /** Closes a finished transfer, or makes sure a timer entry covers its current deadline. */
    final void afterEvent(LoopTransfer transfer, long now) {
        if (transfer.transfer().isFinished()) {
            transfer.close(now);
            return;
        }
        long deadline = transfer.transfer().deadlineNanos();
        TimerEntry current = transfer.timer();
        if (current == null || deadline - current.deadlineNanos() < 0) {
            TimerEntry entry = new TimerEntry(deadline, transfer);
            transfer.timer(entry);
            timers.add(entry);
        }
    }

    /** A bug in one transfer ends that transfer, not the loop and every transfer on it. */
    final void failed(LoopTransfer transfer, RuntimeException e) {
        LOG.error("transfer to {} failed", transfer.peer(), e);
        transfer.transfer().abort(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "internal error");
    }

    private void onReady(SelectionKey key) {
        onReady(key, receiveBuffer);
    }

    private void startIncoming(long now) {
        LoopTransfer transfer;
        while ((transfer = incoming.poll()) != null) {
            try {
                transfer.begin(now);
            } catch (IOException e) {
                transfer.transfer().abort(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "cannot start the transfer");
            } catch (RuntimeException e) {
                failed(transfer, e);
            }
            afterEvent(transfer, now);
        }
    }

    private void runPosted(long now) {
        Posted next;
        while ((next = posted.poll()) != null) {
            LoopTransfer transfer = next.transfer();
            if (transfer.isClosed()) {
                continue;
            }
            try {
                next.event().accept(now);
            } catch (RuntimeException e) {
                failed(transfer, e);
            }
            afterEvent(transfer, now);
        }
    }

    private void fireTimers(long now) {
        TimerEntry entry;
        while ((entry = timers.peek()) != null && entry.deadlineNanos() - now <= 0) {
            timers.poll();
            LoopTransfer transfer = entry.transfer();
            if (transfer.isClosed() || transfer.timer() != entry) {
                continue;
            }
            transfer.timer(null);
            try {
                transfer.transfer().onTimeout(now);
            } catch (RuntimeException e) {
                failed(transfer, e);
            }
            afterEvent(transfer, now);
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
        List<LoopTransfer> ending = new ArrayList<>(running());
        ending.addAll(incoming);
        incoming.clear();
        posted.clear();
        for (LoopTransfer transfer : ending) {
            transfer.transfer().abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "server shutting down");
            transfer.close(now);
        }
        timers.clear();
        closeSockets();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("selector close failed: {}", e.toString());
        }
    }

    /** @return the selector's keys, for subclasses that find their transfers there */
    final Collection<SelectionKey> keys() {
        return selector.keys();
    }
}
