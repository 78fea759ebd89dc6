package org.provgw.gateway.chain;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a provider's consecutive failures, so that an outage is logged once when it begins and
 * once when it ends, however many look-ups fail in between. Thread-safe; under concurrent calls
 * the counts are approximate, never the once-per-outage logging.
 */
final class OutageTracker {

    private final AtomicLong failures = new AtomicLong();

    /** @return true if this failure begins an outage (the first since start or since a success) */
    boolean failed() {
        return failures.getAndIncrement() == 0;
    }

    /** @return the failures of the outage this success ends, or 0 when there was none */
    long succeeded() {
        // read first so that the common case (no outage) does not write a shared cache line
        return failures.get() == 0 ? 0 : failures.getAndSet(0);
    }
}
