package org.provgw.tftp.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NegotiatedOptionsTest {

    private static final TransferLimits LIMITS =
            new TransferLimits(1468, 16, Duration.ofMillis(500), Duration.ofSeconds(4), 5);

    @Test
    void noOptionsMeansRfc1350() {
        NegotiatedOptions o = NegotiatedOptions.forRead(Map.of(), 100, LIMITS);
        assertEquals(new NegotiatedOptions(512, 1, 500_000_000L, Map.of()), o);
    }

    @Test
    void valuesAboveTheLimitsAreLowered() {
        NegotiatedOptions o = NegotiatedOptions.forRead(ordered("blksize", "65464", "windowsize", "64"), 1, LIMITS);
        assertEquals(1468, o.blksize());
        assertEquals(16, o.windowsize());
        assertEquals(Map.of("blksize", "1468", "windowsize", "16"), o.acknowledged());
    }

    @Test
    void invalidValuesAndUnknownOptionsAreLeftOut() {
        NegotiatedOptions o = NegotiatedOptions.forRead(ordered("blksize", "7", "windowsize", "0", "timeout", "256",
                "tsize", "-1", "utimeout", "9999", "multicast", "", "blksize2", "8"), 10, LIMITS);
        assertEquals(new NegotiatedOptions(512, 1, 500_000_000L, Map.of()), o);
        NegotiatedOptions garbage = NegotiatedOptions.forRead(ordered("blksize", "1e3", "timeout", " 5",
                "windowsize", "99999999999999999999"), 10, LIMITS);
        assertEquals(Map.of(), garbage.acknowledged());
    }

    @Test
    void timeoutAndUtimeoutSetTheRetransmissionTimeout() {
        assertEquals(7_000_000_000L, NegotiatedOptions.forRead(Map.of("timeout", "7"), 1, LIMITS).timeoutNanos());
        assertEquals(250_000_000L, NegotiatedOptions.forRead(Map.of("utimeout", "250000"), 1, LIMITS).timeoutNanos());
    }

    @Test
    void tsizeReportsTheSizeOnlyWhenKnown() {
        assertEquals(Map.of("tsize", "12345"), NegotiatedOptions.forRead(Map.of("tsize", "0"), 12345, LIMITS).acknowledged());
        assertEquals(Map.of(), NegotiatedOptions.forRead(Map.of("tsize", "0"), -1, LIMITS).acknowledged());
        assertEquals(Map.of(), NegotiatedOptions.forRead(Map.of("tsize", "0"), 0, LIMITS).acknowledged(),
                "curl aborts on tsize 0");
    }

    @Test
    void refusedOptionsAreNeverAcknowledgedAndTheirDefaultsStay() {
        TransferLimits refusing = LIMITS.refusing(java.util.Set.of("blksize", "tsize"));
        NegotiatedOptions o = NegotiatedOptions.forRead(ordered("blksize", "1428", "tsize", "0", "windowsize", "4"),
                5000, refusing);
        assertEquals(512, o.blksize());
        assertEquals(Map.of("windowsize", "4"), o.acknowledged());
        assertEquals(java.util.Set.of(), LIMITS.refusedOptions());
        assertEquals(Map.of(), NegotiatedOptions.forRead(Map.of("blksize", "1428"), 5000,
                LIMITS.refusing(java.util.Set.of("blksize"))).acknowledged(), "nothing left: no OACK at all");
    }

    @Test
    void describeListsTheAcknowledgedOptionsInOrder() {
        assertEquals("windowsize=8 blksize=1024",
                NegotiatedOptions.forRead(ordered("windowsize", "8", "blksize", "1024"), 1, LIMITS).describe());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
