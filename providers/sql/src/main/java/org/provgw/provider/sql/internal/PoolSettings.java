package org.provgw.provider.sql.internal;

import java.time.Duration;
import java.util.Set;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The JDBC connection pool (HikariCP).
 *
 * @param size the most connections held open; look-ups beyond that wait for one
 * @param connectTimeout how long a look-up waits for a connection before the backend counts as down
 * @param validationTimeout how long a connection's liveness check may take; shorter than the connect timeout
 */
public record PoolSettings(int size, Duration connectTimeout, Duration validationTimeout) {

    public static final String SIZE = "pool.size";
    public static final String CONNECT_TIMEOUT = "pool.connect-timeout";
    public static final String VALIDATION_TIMEOUT = "pool.validation-timeout";
    public static final Set<String> KEYS = Set.of(SIZE, CONNECT_TIMEOUT, VALIDATION_TIMEOUT);

    /** HikariCP refuses anything shorter. */
    private static final Duration MIN_TIMEOUT = Duration.ofMillis(250);

    static PoolSettings from(Settings settings) throws InvalidSettingException {
        int size = settings.getInt(SIZE, 8, 1, 200);
        Duration connect = settings.getDuration(CONNECT_TIMEOUT, Duration.ofSeconds(5), MIN_TIMEOUT, Duration.ofMinutes(10));
        Duration validation = settings.getDuration(VALIDATION_TIMEOUT, Duration.ofSeconds(2), MIN_TIMEOUT,
                Duration.ofMinutes(10));
        if (validation.compareTo(connect) >= 0) {
            throw settings.invalid(VALIDATION_TIMEOUT, "must be shorter than " + settings.fullKey(CONNECT_TIMEOUT) + " ("
                    + connect.toMillis() + "ms)");
        }
        return new PoolSettings(size, connect, validation);
    }
}
