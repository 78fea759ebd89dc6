package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;
import org.provgw.tftp.transfer.TransferLimits;

class TftpConfigTest {

    @Test
    void defaults() throws Exception {
        TftpConfig config = TftpConfig.from(settings(Map.of("listen", "0.0.0.0:69, [::1]:6969")));
        assertEquals(List.of(new InetSocketAddress("0.0.0.0", 69), new InetSocketAddress("::1", 6969)),
                config.listen());
        assertEquals(TransferLimits.DEFAULT, config.limits());
        assertEquals(1 << 20, config.socketBuffer());
    }

    @Test
    void tuning() throws Exception {
        TftpConfig config = TftpConfig.from(settings(Map.of("listen", "127.0.0.1:0", "blksize.max", "1428",
                "windowsize.max", "32", "timeout", "250ms", "timeout.max", "2s", "retries", "9",
                "io-threads", "3", "socket-buffer", "0")));
        assertEquals(new TransferLimits(1428, 32, Duration.ofMillis(250), Duration.ofSeconds(2), 9),
                config.limits());
        assertEquals(3, config.ioThreads());
        assertEquals(0, config.socketBuffer());
    }

    @Test
    void aLongTimeoutRaisesTheDefaultBackoffCap() throws Exception {
        TftpConfig config = TftpConfig.from(settings(Map.of("listen", "127.0.0.1:0", "timeout", "20s")));
        assertEquals(Duration.ofSeconds(20), config.limits().maxTimeout());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "listen|nonsense",
        "listen|127.0.0.1",
        "listen|127.0.0.1:70000",
        "listen|[::1:69",
        "listen|host.invalid:69",
        "blksize.max|7",
        "blksize.max|65465",
        "windowsize.max|0",
        "timeout|5ms",
        "timeout|fast",
        "retries|-1",
        "io-threads|0",
        "socket-buffer|lots"})
    void badValuesNameTheKeyValueAndFile(String key, String value) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("listen", "127.0.0.1:0"));
        values.put(key, value);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> TftpConfig.from(settings(values)));
        assertTrue(e.getMessage().startsWith("provgw.properties: tftp." + key + " = " + value + ": "), e.getMessage());
    }

    @Test
    void listenIsRequired() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> TftpConfig.from(settings(Map.of())));
        assertEquals("tftp.listen", e.key());
    }

    @Test
    void timeoutMaxBelowTimeoutIsRefused() {
        assertThrows(InvalidSettingException.class, () -> TftpConfig.from(settings(
                Map.of("listen", "127.0.0.1:0", "timeout", "2s", "timeout.max", "1s"))));
    }

    private static Settings settings(Map<String, String> values) {
        return Settings.of(values, "tftp.", Path.of("."), "provgw.properties");
    }
}
