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
    void hostAndPort() throws Exception {
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 6969), HostPort.parse("127.0.0.1:6969"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 69), HostPort.parse("[::1]:69"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 69), HostPort.parse("[::1]"));
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 69), HostPort.parse("127.0.0.1"));
    }

    @Test
    void formatsForPeople() throws Exception {
        assertEquals("127.0.0.1:69", HostPort.format(HostPort.parse("127.0.0.1:69")));
        assertEquals("[0:0:0:0:0:0:0:1]:6969", HostPort.format(HostPort.parse("[::1]:6969")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1:69", "[::1", "[::1]69", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536",
        "127.0.0.1:x", ":69", "[]:69", "no-such-host.invalid:69"})
    void badHostPort(String text) {
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse(text));
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
