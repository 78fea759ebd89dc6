package org.provgw.protocol;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cap on what is served at once, overall and per client address (CallManager's "Maximum Serving
 * Count", without its queue: a request over the cap is refused at once so that the client retries
 * instead of waiting). An endpoint takes a {@link Slot} before it serves and closes it however the
 * transfer or request ends; {@link #inUse()} returning to zero when nothing runs is the proof that
 * no path leaks one.
 *
 * <p>Thread-safe and lock-free for different clients.
 */
public final class ServingLimit {

    /** No cap at all. */
    public static final int UNLIMITED = 0;

    private final int maxTotal;
    private final int maxPerClient;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentHashMap<InetAddress, Integer> perClient = new ConcurrentHashMap<>();
    private final AtomicLong granted = new AtomicLong();
    private final AtomicLong refusedTotal = new AtomicLong();
    private final AtomicLong refusedPerClient = new AtomicLong();

    /**
     * @param maxTotal slots overall, or {@link #UNLIMITED}
     * @param maxPerClient slots per client address, or {@link #UNLIMITED}
     * @throws IllegalArgumentException if a cap is negative
     */
    public ServingLimit(int maxTotal, int maxPerClient) {
        if (maxTotal < 0 || maxPerClient < 0) {
            throw new IllegalArgumentException("negative cap: " + maxTotal + ", " + maxPerClient);
        }
        this.maxTotal = maxTotal;
        this.maxPerClient = maxPerClient;
    }

    /** @return a limit that grants every request (and still counts them) */
    public static ServingLimit unlimited() {
        return new ServingLimit(UNLIMITED, UNLIMITED);
    }

    /**
     * @param client the client's address (not its port: one phone uses a new port per request)
     * @return a slot to close when done, or empty when a cap is reached (the refusal is counted)
     */
    public Optional<Slot> tryAcquire(InetAddress client) {
        Objects.requireNonNull(client, "client");
        if (!reserveTotal()) {
            refusedTotal.incrementAndGet();
            return Optional.empty();
        }
        if (!reserveClient(client)) {
            total.decrementAndGet();
            refusedPerClient.incrementAndGet();
            return Optional.empty();
        }
        granted.incrementAndGet();
        return Optional.of(new Slot(client));
    }

    private boolean reserveTotal() {
        while (true) {
            int now = total.get();
            if (maxTotal != UNLIMITED && now >= maxTotal) {
                return false;
            }
            if (total.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    private boolean reserveClient(InetAddress client) {
        boolean[] reserved = {false};
        perClient.compute(client, (address, count) -> {
            int now = count == null ? 0 : count;
            if (maxPerClient != UNLIMITED && now >= maxPerClient) {
                return count;
            }
            reserved[0] = true;
            return now + 1;
        });
        return reserved[0];
    }

    private void release(InetAddress client) {
        perClient.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
        total.decrementAndGet();
    }

    /** @return slots held now */
    public int inUse() {
        return total.get();
    }

    /**
     * @param client a client address
     * @return slots that client holds now
     */
    public int inUse(InetAddress client) {
        return perClient.getOrDefault(client, 0);
    }

    /** @return the number of client addresses holding a slot now */
    public int clients() {
        return perClient.size();
    }

    /** @return slots granted since creation */
    public long granted() {
        return granted.get();
    }

    /** @return requests refused because the overall cap was reached */
    public long refusedTotal() {
        return refusedTotal.get();
    }

    /** @return requests refused because their client's cap was reached */
    public long refusedPerClient() {
        return refusedPerClient.get();
    }

    /** @return the overall cap, or {@link #UNLIMITED} */
    public int maxTotal() {
        return maxTotal;
    }

    /** @return the per-client cap, or {@link #UNLIMITED} */
    public int maxPerClient() {
        return maxPerClient;
    }

    /** One granted slot. Closing it more than once releases it once. */
    public final class Slot implements AutoCloseable {
        private final InetAddress client;
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot(InetAddress client) {
            this.client = client;
        }

        /** @return the client address the slot was granted to */
        public InetAddress client() {
            return client;
        }

        /** Gives the slot back. Idempotent. */
        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                release(client);
            }
        }
    }
}
