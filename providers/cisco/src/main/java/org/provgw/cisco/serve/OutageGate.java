package org.provgw.cisco.serve;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.provider.ProviderException;

/**
 * Whether the backend is down, and what that cost. While it is down, one caller per retry
 * interval may try it (the others are answered at once from the cache or refused, instead of each
 * waiting for a connection timeout), and the outage is logged once when it begins and once when
 * it ends, with what was counted in between. Thread-safe.
 */
final class OutageGate {

    private static final Logger LOG = LogManager.getLogger(OutageGate.class);

    private final String provider;
    private final long retryNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong nextProbe = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong lastKnownGood = new AtomicLong();
    private final AtomicLong lastKnownGoodTotal = new AtomicLong();

    OutageGate(String provider, Duration retryInterval, LongSupplier nanoTime) {
        this.provider = provider;
        this.retryNanos = retryInterval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** @return whether the caller may ask the backend now */
    boolean mayAttempt() {
        if (!down.get()) {
            return true;
        }
        long due = nextProbe.get();
        long now = nanoTime.getAsLong();
        return now - due >= 0 && nextProbe.compareAndSet(due, now + retryNanos);
    }

    /** The backend failed to answer. */
    void failed(ProviderException e) {
        failures.incrementAndGet();
        nextProbe.set(nanoTime.getAsLong() + retryNanos);
        if (down.compareAndSet(false, true)) {
            LOG.warn("provider {}: backend unavailable: {}; serving the files built before, retrying every {} ms;"
                    + " further failures are counted until it answers again", provider, describe(e),
                    retryNanos / 1_000_000);
        }
    }

    /** The backend answered. */
    void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("provider {}: backend answers again after {} failed attempts; {} requests were served"
                    + " last-known-good files meanwhile", provider, failures.getAndSet(0), lastKnownGood.getAndSet(0));
        }
    }

    /** A request got a cached file because the backend could not build a current one. */
    void servedLastKnownGood() {
        lastKnownGood.incrementAndGet();
        lastKnownGoodTotal.incrementAndGet();
    }

    boolean isDown() {
        return down.get();
    }

    long lastKnownGoodServed() {
        return lastKnownGoodTotal.get();
    }

    private static String describe(ProviderException e) {
        Throwable cause = e.getCause();
        return cause == null || e.getMessage().contains(String.valueOf(cause.getMessage()))
                ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
