package org.provgw.tftp.client.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provgw.tftp.client.TransferOutcome;
import org.provgw.tftp.client.TransferResult;
import org.provgw.tftp.packet.TftpErrorCode;

class StormStatsTest {

    private static TransferResult ok(long latencyMillis) {
        return new TransferResult("f", new TransferOutcome.Ok(), 100, 1, 1, latencyMillis * 1_000_000, -1);
    }

    @Test
    void percentilesAreNearestRankOverSuccessfulTransfers() {
        StormStats stats = new StormStats();
        for (int ms = 100; ms >= 1; ms--) {
            stats.record(ok(ms));
        }
        stats.record(new TransferResult("f", new TransferOutcome.TimedOut(), 0, 0, 5, 999_000_000_000L, -1));

        assertEquals(50.0, stats.latencyMillis(50));
        assertEquals(99.0, stats.latencyMillis(99));
        assertEquals(100.0, stats.latencyMillis(100));
        assertEquals(1.0, stats.latencyMillis(0.5));
        stats.record(ok(1000));
        assertEquals(1000.0, stats.latencyMillis(100), "a new result after a report is included");
    }

    @Test
    void totalsAndFailureReasons() {
        StormStats stats = new StormStats();
        stats.record(ok(1));
        stats.record(new TransferResult("f", new TransferOutcome.TimedOut(), 0, 0, 5, 1, -1));
        stats.record(new TransferResult("g", new TransferOutcome.ServerError(TftpErrorCode.FILE_NOT_FOUND,
                "File not found"), 0, 0, 0, 1, -1));
        stats.record(new TransferResult("g", new TransferOutcome.TimedOut(), 0, 0, 5, 1, -1));

        assertEquals(4, stats.transfers());
        assertEquals(3, stats.failures());
        assertEquals(1, stats.okTransfers());
        assertEquals(100, stats.bytes(), "bytes of successful transfers only");
        assertEquals(11, stats.retransmits());
        assertEquals(Map.of("timeout", 2L, "error 1 File not found", 1L), stats.failuresByReason());
    }

    @Test
    void nothingSucceededGivesZeroLatency() {
        assertEquals(0.0, new StormStats().latencyMillis(50));
    }
}
