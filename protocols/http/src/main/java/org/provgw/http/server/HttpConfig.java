package org.provgw.http.server;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.provgw.http.semantics.Cidr;
import org.provgw.http.semantics.TrustedProxies;
import org.provgw.http.wire.ParseLimits;
import org.provgw.protocol.ServingLimit;
import org.provgw.protocol.SocketAddresses;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The settings every HTTP listener has, under {@code http.} for plain HTTP and {@code https.}
 * for TLS, validated once.
 *
 * @param listen the addresses to listen on, at least one
 * @param ioThreads network I/O threads
 * @param connections open connections allowed, overall and per client address
 * @param requests requests served at once, overall and per client (after
 *     {@code X-Forwarded-For}); over it 503
 * @param retryAfter what {@code Retry-After} says on a 503
 * @param requestTimeout the time a client has to send one request (408)
 * @param idleTimeout how long a connection may wait for its next request
 * @param sendTimeout how long a client may read nothing of a pending response
 * @param limits request line, target, header and body limits (414, 431, 413)
 * @param proxies the reverse proxies whose {@code X-Forwarded-For} is believed
 * @param zeroCopy whether files are sent with {@code sendfile} (plain HTTP)
 */
public record HttpConfig(List<InetSocketAddress> listen, int ioThreads, Caps connections, Caps requests, Duration retryAfter, Duration requestTimeout, Duration idleTimeout,
                         Duration sendTimeout, ParseLimits limits, TrustedProxies proxies, boolean zeroCopy) {

    /** The keys every listener understands. */
    public static final Set<String> KEYS = Set.of("listen", "io-threads", "max-connections",
            "max-connections-per-client", "max-requests", "max-requests-per-client", "retry-after",
            "request-timeout", "idle-timeout", "send-timeout", "max-request-line", "max-uri-length",
            "max-headers", "max-header-size", "max-body", "trusted-proxies");
    /** The keys of plain HTTP only. */
    public static final Set<String> PLAIN_KEYS = Set.of("zero-copy");

    public HttpConfig {
        listen = List.copyOf(listen);
    }

    /**
     * A cap overall and per client address; {@link ServingLimit#UNLIMITED} (0) is no cap.
     *
     * @param total the cap overall
     * @param perClient the cap per client address
     */
    public record Caps(int total, int perClient) {
        /** @return a fresh limit with these caps and zeroed counters */
        public ServingLimit newLimit() {
            return new ServingLimit(total, perClient);
        }
    }

    /**
     * @param settings the listener's settings
     * @param plain whether the listener is plain HTTP (reads {@link #PLAIN_KEYS})
     * @return the validated configuration
     * @throws InvalidSettingException naming the key, value and file of the first bad setting
     */
    public static HttpConfig from(Settings settings, boolean plain) throws InvalidSettingException {
        ParseLimits limits = new ParseLimits(
                settings.getInt("max-request-line", ParseLimits.DEFAULTS.requestLine(), 64, 1 << 20),
                settings.getInt("max-uri-length", ParseLimits.DEFAULTS.uri(), 16, 1 << 20),
                settings.getInt("max-headers", ParseLimits.DEFAULTS.headerCount(), 1, 10_000),
                settings.getInt("max-header-size", ParseLimits.DEFAULTS.headerBytes(), 256, 1 << 20),
                settings.getLong("max-body", ParseLimits.DEFAULTS.body(), 0, 1L << 30));
        return new HttpConfig(listen(settings),
                settings.getInt("io-threads", Runtime.getRuntime().availableProcessors(), 1, 64),
                new Caps(settings.getInt("max-connections", 10_000, 0, 1_000_000),
                        settings.getInt("max-connections-per-client", 0, 0, 1_000_000)),
                new Caps(settings.getInt("max-requests", 0, 0, 1_000_000),
                        settings.getInt("max-requests-per-client", 0, 0, 1_000_000)),
                settings.getDuration("retry-after", Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofHours(1)),
                settings.getDuration("request-timeout", Duration.ofSeconds(10), Duration.ofMillis(100),
                        Duration.ofMinutes(10)),
                settings.getDuration("idle-timeout", Duration.ofSeconds(60), Duration.ofMillis(100),
                        Duration.ofHours(1)),
                settings.getDuration("send-timeout", Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofHours(1)),
                limits, proxies(settings),
                plain && settings.getBoolean("zero-copy", true));
    }

    private static List<InetSocketAddress> listen(Settings settings) throws InvalidSettingException {
        List<InetSocketAddress> listen = new ArrayList<>();
        for (String address : settings.getList("listen")) {
            try {
                listen.add(SocketAddresses.parse(address, -1));
            } catch (IllegalArgumentException e) {
                throw settings.invalid("listen", e.getMessage());
            }
        }
        if (listen.isEmpty()) {
            throw settings.invalid("listen", "at least one address:port is required");
        }
        return listen;
    }

    private static TrustedProxies proxies(Settings settings) throws InvalidSettingException {
        List<Cidr> blocks = new ArrayList<>();
        for (String block : settings.getList("trusted-proxies")) {
            try {
                blocks.add(Cidr.parse(block));
            } catch (IllegalArgumentException e) {
                throw settings.invalid("trusted-proxies", e.getMessage());
            }
        }
        return new TrustedProxies(blocks);
    }
}
