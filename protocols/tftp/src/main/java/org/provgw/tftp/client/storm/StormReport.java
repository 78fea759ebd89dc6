package org.provgw.tftp.client.storm;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a storm's outcome: a summary for people, then one {@code RESULT key=value ...} line
 * for scripts. Rates count successful transfers only; MB is 10^6 bytes.
 */
final class StormReport {
    private final StormStats stats;
    private final double seconds;

    StormReport(StormStats stats, long elapsedNanos) {
        this.stats = stats;
        this.seconds = Math.max(elapsedNanos, 1) / 1e9;
    }

    double transfersPerSecond() {
        return stats.okTransfers() / seconds;
    }

    double megabytesPerSecond() {
        return stats.bytes() / 1e6 / seconds;
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "transfers     %d (%d ok, %d failed)%n", stats.transfers(), stats.okTransfers(),
                stats.failures());
        Map<String, Long> reasons = stats.failuresByReason();
        if (!reasons.isEmpty()) {
            out.println("failures      " + reasons.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        }
        out.printf(Locale.ROOT, "duration      %.3f s%n", seconds);
        out.printf(Locale.ROOT, "rate          %.1f transfers/s, %.2f MB/s (%d bytes)%n", transfersPerSecond(),
                megabytesPerSecond(), stats.bytes());
        out.printf(Locale.ROOT, "latency ms    p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n", stats.latencyMillis(50),
                stats.latencyMillis(90), stats.latencyMillis(99), stats.latencyMillis(100));
        out.printf(Locale.ROOT, "retransmits   %d%n", stats.retransmits());
        out.printf(Locale.ROOT, "RESULT transfers=%d failures=%d seconds=%.3f tps=%.1f mbps=%.2f p50ms=%.3f "
                        + "p90ms=%.3f p99ms=%.3f maxms=%.3f retransmits=%d bytes=%d%n",
                stats.transfers(), stats.failures(), seconds, transfersPerSecond(), megabytesPerSecond(),
                stats.latencyMillis(50), stats.latencyMillis(90), stats.latencyMillis(99),
                stats.latencyMillis(100), stats.retransmits(), stats.bytes());
    }
}
