package org.provgw.tftp.client.storm;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.provgw.tftp.client.TransferResult;

/** Totals of a storm, fed from the client threads; read once they have finished. */
final class StormStats {
    private long transfers;
    private long failures;
    private long bytes;
    private long retransmits;
    private long[] latencies = new long[1024];
    private int okCount;
    /** Whether latencies[0..okCount) is sorted; a report asks for several percentiles at once. */
    private boolean sorted;
    private final Map<String, Long> failuresByReason = new TreeMap<>();

    synchronized void record(TransferResult r) {
        transfers++;
        retransmits += r.retransmits();
        if (r.ok()) {
            bytes += r.bytes();
            if (okCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, okCount * 2);
            }
            latencies[okCount++] = r.latencyNanos();
            sorted = false;
        } else {
            failures++;
            failuresByReason.merge(r.outcome().label(), 1L, Long::sum);
        }
    }

    synchronized long transfers() {
        return transfers;
    }

    synchronized long failures() {
        return failures;
    }

    synchronized long okTransfers() {
        return okCount;
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized long retransmits() {
        return retransmits;
    }

    synchronized Map<String, Long> failuresByReason() {
        return new TreeMap<>(failuresByReason);
    }

    /**
     * Nearest-rank percentile of the successful transfers' latencies.
     *
     * @param percent 0 (exclusive) to 100
     * @return the latency in milliseconds, or 0 when nothing succeeded
     */
    synchronized double latencyMillis(double percent) {
        if (okCount == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(latencies, 0, okCount);
            sorted = true;
        }
        int rank = (int) Math.ceil(percent / 100.0 * okCount);
        return latencies[Math.max(0, Math.min(okCount, rank) - 1)] / 1e6;
    }
}
