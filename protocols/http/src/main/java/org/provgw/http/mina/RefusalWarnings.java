package org.provgw.http.mina;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.ServingLimit;

/**
 * Reports connections refused over a cap without flooding the log: the first refusal at WARN,
 * then at most one line per minute with the count since the last line. Every refusal is also
 * counted by the {@link ServingLimit} itself.
 */
final class RefusalWarnings {

    private static final Logger LOG = LogManager.getLogger(RefusalWarnings.class);
    private static final long INTERVAL = Duration.ofMinutes(1).toNanos();

    private final String listener;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - INTERVAL);
    private final AtomicLong sinceLastWarning = new AtomicLong();

    /** @param listener the listener's name for the log, e.g. {@code http} */
    RefusalWarnings(String listener) {
        this.listener = listener;
    }

    void refused(InetSocketAddress peer, ServingLimit limit) {
        long count = sinceLastWarning.incrementAndGet();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= INTERVAL && lastWarning.compareAndSet(last, now)) {
            sinceLastWarning.addAndGet(-count);
            LOG.warn("{}: refused {} connection(s), the latest from {}: at most {} open (0 = no cap), {} per client "
                    + "(0 = no cap); {} open now", listener, count, peer, limit.maxTotal(), limit.maxPerClient(),
                    limit.inUse());
        } else {
            LOG.debug("{}: refused a connection from {}", listener, peer);
        }
    }
}
