package org.provgw.cisco.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * How built files are cached and kept current, shared by every provider that builds Cisco files
 * from device records (SQL, LDAP): the keys below live in the provider's own section, e.g.
 * {@code provider.sql.poll-interval}.
 *
 * @param pollInterval how often the device source is asked what changed
 * @param retryInterval while the backend is down, how often one request may try it again (the
 *     others are answered from the cache or refused at once, without waiting for a timeout)
 * @param negativeTtl how long a device the backend does not know is answered "not found"
 *     without asking again; zero turns that cache off
 * @param negativeCapacity how many unknown devices are remembered at most
 * @param prebuild whether every device's files are built at start, instead of at first request
 */
public record ServeSettings(Duration pollInterval, Duration retryInterval, Duration negativeTtl,
                            int negativeCapacity, boolean prebuild) {

    public static final String POLL_INTERVAL = "poll-interval";
    public static final String RETRY_INTERVAL = "retry-interval";
    public static final String NEGATIVE_TTL = "negative-cache.ttl";
    public static final String NEGATIVE_SIZE = "negative-cache.size";
    public static final String PREBUILD = "prebuild";

    /** The keys {@link #from} reads, for a factory's {@code settingKeys()}. */
    public static final Set<String> KEYS =
            Set.of(POLL_INTERVAL, RETRY_INTERVAL, NEGATIVE_TTL, NEGATIVE_SIZE, PREBUILD);

    private static final Duration MIN_INTERVAL = Duration.ofMillis(50);

    /** 5 s polling and retries, unknown devices remembered 10 s (up to 10000), no pre-build. */
    public static final ServeSettings DEFAULTS = new ServeSettings(Duration.ofSeconds(5), Duration.ofSeconds(5),
            Duration.ofSeconds(10), 10_000, false);

    /** @throws IllegalArgumentException if an interval is too short or a size negative */
    public ServeSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(retryInterval, "retryInterval");
        Objects.requireNonNull(negativeTtl, "negativeTtl");
        if (pollInterval.compareTo(MIN_INTERVAL) < 0 || retryInterval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("intervals must be at least " + MIN_INTERVAL.toMillis() + "ms");
        }
        if (negativeTtl.isNegative() || negativeCapacity < 0) {
            throw new IllegalArgumentException("negative cache ttl and size must not be negative");
        }
    }

    /**
     * @param settings the provider's section
     * @return the values there, defaults for the keys that are absent
     * @throws InvalidSettingException if a value does not parse or is out of range
     */
    public static ServeSettings from(Settings settings) throws InvalidSettingException {
        return new ServeSettings(
                settings.getDuration(POLL_INTERVAL, DEFAULTS.pollInterval, MIN_INTERVAL, Duration.ofHours(1)),
                settings.getDuration(RETRY_INTERVAL, DEFAULTS.retryInterval, MIN_INTERVAL, Duration.ofMinutes(10)),
                settings.getDuration(NEGATIVE_TTL, DEFAULTS.negativeTtl, Duration.ZERO, Duration.ofHours(1)),
                settings.getInt(NEGATIVE_SIZE, DEFAULTS.negativeCapacity, 0, 10_000_000),
                settings.getBoolean(PREBUILD, DEFAULTS.prebuild));
    }
}
