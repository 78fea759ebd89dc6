package org.provgw.tftp.client.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentParsersTest {

    @Test
    void serverAddressDefaultsToPort69AndRefusesPort0() throws Exception {
        StormArgs.HostPortConverter converter = new StormArgs.HostPortConverter();
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 69), converter.convert("[::1]"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 6969), converter.convert("127.0.0.1:6969"));
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> converter.convert("127.0.0.1:0"));
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> converter.convert("::1:69"));
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofSeconds(2), Durations.parse("2s"));
        assertEquals(Duration.ofMillis(1500), Durations.parse("1.5s"));
        assertEquals(Duration.ofSeconds(3), Durations.parse("3"));
        assertEquals(Duration.ofNanos(250_000), Durations.parse("0.25ms"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ms", "0", "0s", "-1s", "1m", "fast", "1e400s", "5us"})
    void badDurations(String text) {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
    }
}
