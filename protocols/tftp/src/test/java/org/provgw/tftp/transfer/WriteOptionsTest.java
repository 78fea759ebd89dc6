package org.provgw.tftp.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriteOptionsTest {

    private static final TransferLimits LIMITS =
            new TransferLimits(1428, 16, Duration.ofSeconds(1), Duration.ofSeconds(8), 5);

    @Test
    void theAnnouncedSizeIsEchoedInTheClientsOrder() {
        WriteOptions options = WriteOptions.forWrite(ordered("tsize", "123456", "blksize", "8192",
                "windowsize", "64", "timeout", "3"), LIMITS);
        assertEquals(123_456, options.declaredSize());
        assertEquals(List.of("tsize", "blksize", "windowsize", "timeout"),
                List.copyOf(options.negotiated().acknowledged().keySet()));
        assertEquals("tsize=123456 blksize=1428 windowsize=16 timeout=3", options.negotiated().describe());
        assertEquals(1428, options.negotiated().blksize());
        assertEquals(16, options.negotiated().windowsize());
        assertEquals(3_000_000_000L, options.negotiated().timeoutNanos());
    }

    @Test
    void aZeroSizeIsEchoedAndAMalformedOneLeftOut() {
        assertEquals(Map.of("tsize", "0"), WriteOptions.forWrite(Map.of("tsize", "0"), LIMITS)
                .negotiated().acknowledged());
        for (String bad : List.of("-1", "12k", "", "1234567890123456789")) {
            WriteOptions options = WriteOptions.forWrite(Map.of("tsize", bad), LIMITS);
            assertEquals(-1, options.declaredSize(), bad);
            assertEquals(Map.of(), options.negotiated().acknowledged(), bad);
        }
    }

    @Test
    void refusedOptionsStayRefusedForWritesTsizeIncluded() {
        TransferLimits refusing = LIMITS.refusing(Set.of("tsize", "windowsize"));
        WriteOptions options = WriteOptions.forWrite(ordered("tsize", "123456", "blksize", "1024",
                "windowsize", "8"), refusing);
        assertEquals(Map.of("blksize", "1024"), options.negotiated().acknowledged());
        assertEquals(-1, options.declaredSize(), "a refused size is not checked against the cap either");
        assertEquals(1, options.negotiated().windowsize());
        assertEquals(Map.of(), WriteOptions.forWrite(Map.of("tsize", "10"), refusing).negotiated().acknowledged(),
                "nothing left: no OACK at all");
    }

    @Test
    void noOptionsMeansNoOack() {
        WriteOptions options = WriteOptions.forWrite(Map.of("unknown", "1"), LIMITS);
        assertEquals(Map.of(), options.negotiated().acknowledged());
        assertEquals(512, options.negotiated().blksize());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
