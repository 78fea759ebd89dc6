package org.provgw.tftp.server;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;

/**
 * Logs a recurring event at most once per interval, with the number of events since the last
 * line: a flood of packets from a scanner, or a boot storm against a full port range, must not
 * become a flood of log lines. The first event logs at once.
 */
final class RateLimitedLog {

    private final Logger log;
    private final Level level;
    private final String what;
    private final long intervalNanos;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong nextLineNanos;

    /**
     * @param log where lines go
     * @param level their level
     * @param what the event, e.g. "requests dropped: the client is not in tftp.allow"
     * @param intervalNanos the shortest time between two lines
     */
    RateLimitedLog(Logger log, Level level, String what, long intervalNanos) {
        this.log = log;
        this.level = level;
        this.what = what;
        this.intervalNanos = intervalNanos;
        this.nextLineNanos = new AtomicLong(System.nanoTime());
    }

    /**
     * Counts one event and logs if the interval has passed.
     *
     * @param detail describes this event (e.g. its source); built only when a line is written
     */
    void record(Supplier<String> detail) {
        pending.incrementAndGet();
        long now = System.nanoTime();
        long next = nextLineNanos.get();
        if (now - next >= 0 && nextLineNanos.compareAndSet(next, now + intervalNanos)) {
            long count = pending.getAndSet(0);
            if (log.isEnabled(level)) {
                log.log(level, "{}: {} since the last report, latest {}", what, count, detail.get());
            }
        }
    }
}
