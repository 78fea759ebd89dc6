package org.provgw.tftp.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.packet.TftpOptions;

/**
 * One selector thread driving up to {@code slots} transfers at a time, each on its own
 * non-blocking channel. When a transfer ends, the next name from the shared feed starts in its
 * slot, so the number in flight stays constant until the feed runs dry.
 *
 * <p>Timers live here too: one priority queue keyed by each transfer's queued deadline, re-armed
 * lazily (a send only moves the transfer's deadline; the queue entry is fixed up when it comes
 * due), so the per-packet cost is a field write.
 */
final class ClientLoop {
    /** The largest DATA (RFC 2348) plus one spare byte, so an oversized block is noticed, not cut. */
    private static final int MAX_DATAGRAM = Wire.HEADER + TftpOptions.MAX_BLKSIZE + 1;
    /** Datagrams read from one channel per wake-up before others get a turn. */
    private static final int READS_PER_TURN = 64;
    /** Above this many bytes in flight per window, the default socket receive buffer may drop. */
    private static final int DEFAULT_RCVBUF = 128 * 1024;

    private final InetSocketAddress server;
    private final ClientSettings settings;
    private final Function<String, BlockSink> sinks;
    private final Supplier<String> feed;
    private final int slots;
    private final Consumer<TransferResult> results;
    private final Selector selector;
    private final ByteBuffer inbound = ByteBuffer.allocateDirect(MAX_DATAGRAM);
    private final PriorityQueue<ClientTransfer> timers =
            new PriorityQueue<>(Comparator.comparingLong(ClientTransfer::timerAt));
    private final List<ClientTransfer> finished = new ArrayList<>();
    private final ProtocolFamily family;
    private int active;

    /**
     * @param feed hands out the next file name, or null when no transfer is left to start; shared
     *     between loops, so it must be thread-safe
     * @param results called on this loop's thread for every finished transfer
     * @throws IOException if the selector cannot be opened
     */
    ClientLoop(InetSocketAddress server, ClientSettings settings, Function<String, BlockSink> sinks,
            Supplier<String> feed, int slots, Consumer<TransferResult> results) throws IOException {
        this.server = server;
        this.settings = settings;
        this.sinks = sinks;
        this.feed = feed;
        this.slots = slots;
        this.results = results;
        this.family = server.getAddress() instanceof Inet4Address
                ? StandardProtocolFamily.INET : StandardProtocolFamily.INET6;
        this.selector = Selector.open();
    }

    /**
     * Runs until every transfer this loop started has ended.
     *
     * @throws InterruptedIOException if the thread is interrupted; open transfers are abandoned
     * @throws IOException if the selector fails
     */
    void runToCompletion() throws IOException {
        try (Selector s = selector) {
            fill();
            while (active > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("TFTP client interrupted with " + active + " transfers open");
                }
                long wait = waitMillis(System.nanoTime());
                if (wait > 0) {
                    s.select(this::readable, wait);
                } else {
                    s.selectNow(this::readable);
                }
                fireTimers(System.nanoTime());
                retireFinished();
            }
        } finally {
            for (ClientTransfer t : timers) {
                closeQuietly(t.channel());
            }
        }
    }

    private long waitMillis(long now) {
        ClientTransfer next = timers.peek();
        if (next == null || !finished.isEmpty()) {
            return 0;
        }
        long nanos = next.timerAt() - now;
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999) / 1_000_000);
    }

    private void readable(SelectionKey key) {
        ClientTransfer transfer = (ClientTransfer) key.attachment();
        DatagramChannel channel = transfer.channel();
        for (int i = 0; i < READS_PER_TURN && !transfer.done(); i++) {
            inbound.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) channel.receive(inbound);
            } catch (IOException e) {
                transfer.fail(e, System.nanoTime());
                break;
            }
            if (from == null) {
                break;
            }
            inbound.flip();
            transfer.onDatagram(inbound, from, System.nanoTime());
        }
        if (transfer.done()) {
            finished.add(transfer);
        }
    }

    private void fireTimers(long now) {
        ClientTransfer t;
        while ((t = timers.peek()) != null && t.timerAt() - now <= 0) {
            timers.poll();
            if (t.done()) {
                continue; // ended by a datagram: it is in finished, or retired already
            }
            if (t.deadline() - now > 0) {
                t.rearm();
                timers.add(t);
                continue;
            }
            t.onTimeout(now);
            if (t.done()) {
                finished.add(t);
            } else {
                t.rearm();
                timers.add(t);
            }
        }
    }

    /** Frees the slots of ended transfers and starts new ones in them. */
    private void retireFinished() {
        if (finished.isEmpty()) {
            return;
        }
        for (ClientTransfer t : finished) {
            closeQuietly(t.channel());
            active--;
            results.accept(t.result());
        }
        finished.clear();
        fill(); // may add transfers whose first send failed; the next pass retires them
    }

    private void fill() {
        String name;
        while (active < slots && (name = feed.get()) != null) {
            long now = System.nanoTime();
            BlockSink sink = sinks.apply(name);
            DatagramChannel channel = null;
            try {
                channel = openChannel();
                ClientTransfer transfer = new ClientTransfer(name, server, channel, settings, sink);
                channel.register(selector, SelectionKey.OP_READ, transfer);
                transfer.start(now);
                timers.add(transfer);
                active++;
                if (transfer.done()) {
                    finished.add(transfer);
                }
            } catch (IOException e) {
                closeQuietly(channel);
                results.accept(new TransferResult(name, new TransferOutcome.LocalFailure(e.toString()), 0, 0, 0,
                        System.nanoTime() - now, -1));
            }
        }
    }

    private DatagramChannel openChannel() throws IOException {
        DatagramChannel channel = DatagramChannel.open(family);
        try {
            channel.configureBlocking(false);
            RequestOptions asked = settings.options();
            long window = (long) Math.max(1, asked.windowsize())
                    * ((asked.blksize() == 0 ? TftpOptions.DEFAULT_BLKSIZE : asked.blksize()) + 32);
            if (window > DEFAULT_RCVBUF) {
                channel.setOption(StandardSocketOptions.SO_RCVBUF, (int) Math.min(window * 2, 16 << 20));
            }
            channel.bind(null);
            return channel;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a UDP socket has nothing to flush; nothing to do
            }
        }
    }
}
