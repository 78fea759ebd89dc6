package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.http.wire.ParseLimits;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

class HttpConfigTest {

    private static Settings settings(String prefix, String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return Settings.of(values, prefix, Path.of("."), "conf/provgw.properties");
    }

    @Test
    void defaults() throws InvalidSettingException {
        HttpConfig config = HttpConfig.from(settings("http.", "listen", "127.0.0.1:6970, [::1]:6970"), true);
        assertEquals(List.of(new InetSocketAddress("127.0.0.1", 6970), new InetSocketAddress("::1", 6970)),
                config.listen());
        assertEquals(new HttpConfig.Caps(10_000, 0), config.connections());
        assertEquals(new HttpConfig.Caps(0, 0), config.requests());
        assertEquals(Duration.ofSeconds(5), config.retryAfter());
        assertEquals(Duration.ofSeconds(10), config.requestTimeout());
        assertEquals(Duration.ofSeconds(60), config.idleTimeout());
        assertEquals(Duration.ofSeconds(60), config.sendTimeout());
        assertEquals(ParseLimits.DEFAULTS, config.limits());
        assertTrue(config.proxies().blocks().isEmpty());
        assertTrue(config.zeroCopy());
        assertFalse(HttpConfig.from(settings("https.", "listen", "127.0.0.1:6971"), false).zeroCopy(),
                "never over TLS");
    }

    @Test
    void everyKeyIsRead() throws InvalidSettingException {
        HttpConfig config = HttpConfig.from(settings("http.", "listen", "0.0.0.0:0", "io-threads", "3",
                "max-connections", "50", "max-connections-per-client", "5", "max-requests", "20",
                "max-requests-per-client", "2", "retry-after", "30s", "request-timeout", "2s", "idle-timeout", "5m",
                "send-timeout", "10s", "max-request-line", "1000", "max-uri-length", "900", "max-headers", "20",
                "max-header-size", "4096", "max-body", "0", "trusted-proxies", "10.0.0.0/8, ::1", "zero-copy", "off"),
                true);
        assertEquals(3, config.ioThreads());
        assertEquals(new HttpConfig.Caps(50, 5), config.connections());
        assertEquals(new HttpConfig.Caps(20, 2), config.requests());
        assertEquals(Duration.ofSeconds(30), config.retryAfter());
        assertEquals(Duration.ofSeconds(2), config.requestTimeout());
        assertEquals(Duration.ofMinutes(5), config.idleTimeout());
        assertEquals(Duration.ofSeconds(10), config.sendTimeout());
        assertEquals(new ParseLimits(1000, 900, 20, 4096, 0), config.limits());
        assertEquals(2, config.proxies().blocks().size());
        assertFalse(config.zeroCopy());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"listen | nowhere:99999", "listen | 10.0.0.1", "io-threads | 0",
            "max-connections | -1", "retry-after | 0s", "request-timeout | soon", "max-header-size | 10",
            "trusted-proxies | 10.0.0.0/40", "trusted-proxies | proxy.example.com", "zero-copy | maybe",
            "max-body | -5"})
    void aBadValueNamesItsKeyItsValueAndTheFile(String key, String value) {
        Map<String, String> values = new HashMap<>(Map.of("listen", "127.0.0.1:0"));
        values.put(key, value);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> HttpConfig.from(
                Settings.of(values, "http.", Path.of("."), "conf/provgw.properties"), true));
        assertEquals("http." + key, e.key());
        assertTrue(e.getMessage().contains(value) && e.getMessage().contains("conf/provgw.properties"), e.getMessage());
    }

    @Test
    void listenIsRequired() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> HttpConfig.from(settings("http.", "listen", " , "), true));
        assertEquals("http.listen", e.key());
    }

    @Test
    void bothFactoriesAreFoundAndKnowTheirKeys() {
        Map<String, ProtocolFactory> factories = new HashMap<>();
        ServiceLoader.load(ProtocolFactory.class).forEach(f -> factories.put(f.name(), f));
        assertTrue(factories.get("http") instanceof HttpProtocolFactory);
        assertTrue(factories.get("https") instanceof HttpsProtocolFactory);
        assertTrue(factories.get("http").settingKeys().containsAll(HttpConfig.KEYS));
        assertTrue(factories.get("http").settingKeys().contains("zero-copy"));
        assertFalse(factories.get("http").settingKeys().contains("certificate"));
        assertTrue(factories.get("https").settingKeys().containsAll(TlsConfig.KEYS));
        assertFalse(factories.get("https").settingKeys().contains("zero-copy"));
    }
}
