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
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpOptions;

/**
 * One thread that owns listening sockets read without MINA ({@link SharedPort}s: single-port
 * mode and the inherited socket) and, in single-port mode, every transfer on them with their
 * retransmission timers. The socket, its demultiplexing table and its transfers are confined to
 * this thread, so a transfer needs no lock, exactly as on a {@link TransferLoop}.
 */
final class SharedPortLoop implements Runnable {

    private static final Logger LOG = LogManager.getLogger(SharedPortLoop.class);
    private static final int RECEIVE_BUFFER = 65536;

    /** A deadline in the timer queue; stale entries are skipped when they come up (lazy cancel). */
    record Timer(long deadlineNanos, SharedTransfer transfer) {
    }

    private final Selector selector;
    private final Thread thread;
    private final List<SharedPort> ports = new ArrayList<>();
    private final Queue<SharedTransfer> incoming = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(Comparator.comparingLong(Timer::deadlineNanos));
    private final ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(RECEIVE_BUFFER);
    private final ByteBuffer packetBuffer = ByteBuffer.allocateDirect(Wire.HEADER + TftpOptions.MAX_BLKSIZE);
    private volatile boolean running = true;
    private boolean started;

    SharedPortLoop(String name) {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    /** Registers a listening socket; only before {@link #start()}. */
    void register(SharedPort port, DatagramChannel channel) throws IOException {
        channel.register(selector, SelectionKey.OP_READ, port);
        ports.add(port);
    }

    /** @return the buffer transfers on this loop build DATA packets in; loop thread only */
    ByteBuffer packetBuffer() {
        return packetBuffer;
    }

    void start() {
        started = true;
        thread.start();
    }

    /**
     * Hands a new transfer to this loop; it starts on the loop's thread.
     *
     * @return false when the loop is stopping and did not take it
     */
    boolean submit(SharedTransfer transfer) {
        if (!running) {
            return false;
        }
        incoming.add(transfer);
        selector.wakeup();
        return running || !incoming.remove(transfer);
    }

    /** Ends every transfer as {@link Outcome#SHUTDOWN}, closes the sockets and stops the thread. */
    void stop() {
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
    public void run() {
        try {
            while (running) {
                selector.select(this::onReady, selectTimeoutMillis());
                long now = System.nanoTime();
                startIncoming(now);
                fireTimers(now);
            }
        } catch (IOException | ClosedSelectorException e) {
            LOG.error("listener loop {} failed", thread.getName(), e);
        } finally {
            shutdown();
        }
    }

    /**
     * After anything happened to a transfer: ends it if it finished, else makes sure a timer
     * entry covers its deadline.
     */
    void afterEvent(SharedTransfer transfer, long now) {
        if (transfer.transfer().isFinished()) {
            transfer.close(now);
            return;
        }
        long deadline = transfer.transfer().deadlineNanos();
        Timer current = transfer.timer();
        if (current == null || deadline - current.deadlineNanos() < 0) {
            Timer timer = new Timer(deadline, transfer);
            transfer.timer(timer);
            timers.add(timer);
        }
    }

    /** A bug in one transfer ends that transfer, not the loop. */
    void failed(SharedTransfer transfer, RuntimeException e) {
        LOG.error("transfer to {} failed", transfer.transfer().peer(), e);
        transfer.transfer().abort(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "internal error");
    }

    private void onReady(SelectionKey key) {
        SharedPort port = (SharedPort) key.attachment();
        try {
            port.onReadable(receiveBuffer, System.nanoTime());
        } catch (RuntimeException e) {
            LOG.error("listening socket {} failed to handle a datagram", port.local(), e);
        }
    }

    private void startIncoming(long now) {
        SharedTransfer transfer;
        while ((transfer = incoming.poll()) != null) {
            try {
                transfer.port().begin(transfer, now);
            } catch (RuntimeException e) {
                failed(transfer, e);
            }
            afterEvent(transfer, now);
        }
    }

    private void fireTimers(long now) {
        Timer timer;
        while ((timer = timers.peek()) != null && timer.deadlineNanos() - now <= 0) {
            timers.poll();
            SharedTransfer transfer = timer.transfer();
            if (transfer.isClosed() || transfer.timer() != timer) {
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
        Timer next = timers.peek();
        if (next == null) {
            return 1000;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(next.deadlineNanos() - System.nanoTime());
        return Math.max(1, Math.min(millis + 1, 1000));
    }

    private void shutdown() {
        long now = System.nanoTime();
        List<SharedTransfer> ending = new ArrayList<>(incoming);
        incoming.clear();
        for (SharedPort port : ports) {
            ending.addAll(port.transfers());
        }
        for (SharedTransfer transfer : ending) {
            transfer.transfer().abort(Outcome.SHUTDOWN, TftpErrorCode.NOT_DEFINED, "server shutting down");
            transfer.close(now);
        }
        timers.clear();
        for (SharedPort port : ports) {
            port.close();
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("selector close failed: {}", e.toString());
        }
    }
}
