package org.provgw.provider.sql.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.provgw.cisco.serve.ServeSettings;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The validated settings of one SQL provider instance ({@code provider.<name>.*}).
 *
 * @param url the JDBC URL; for the embedded database, the H2 file URL built from {@code embedded.path}
 * @param embedded whether {@code url} was not set and the embedded H2 database is used
 * @param user the database user, if any
 * @param password the password, from {@code password} or {@code password-file}; never printed
 * @param schema the schema the tables live in, if not the connection's default
 * @param migrate whether the shipped schema is created or upgraded at start (Flyway)
 * @param sampleData whether a database created by the migration is filled with the sample records
 * @param pool the connection pool's size and timeouts
 * @param queryTimeoutSeconds how long one statement may run
 * @param notifyChannel the PostgreSQL channel to LISTEN on, if any
 * @param retention how long change-log rows are kept; zero keeps them
 * @param queries the statements
 * @param serve caching and change-detection settings shared with other builders
 */
public record SqlSettings(String url, boolean embedded, Optional<String> user, Optional<String> password,
                          Optional<String> schema, boolean migrate, boolean sampleData, PoolSettings pool,
                          int queryTimeoutSeconds, Optional<String> notifyChannel, Duration retention,
                          Queries queries, ServeSettings serve) {

    public static final String URL = "url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_FILE = "password-file";
    public static final String SCHEMA = "schema";
    public static final String EMBEDDED_PATH = "embedded.path";
    public static final String MIGRATE = "migrate";
    public static final String SAMPLE_DATA = "sample-data";
    public static final String QUERY_TIMEOUT = "query-timeout";
    public static final String NOTIFY_CHANNEL = "notify.channel";
    public static final String RETENTION = "change-log.retention";

    /** Where the embedded database lives unless {@code embedded.path} says otherwise, from the configuration's folder. */
    public static final String DEFAULT_EMBEDDED_PATH = "../data/provgw";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** @throws NullPointerException if an argument is {@code null} */
    public SqlSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(notifyChannel, "notifyChannel");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(serve, "serve");
    }

    /** @return every key a provider of type {@code sql} accepts */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>(Set.of(URL, USER, PASSWORD, PASSWORD_FILE, SCHEMA, EMBEDDED_PATH, MIGRATE,
                SAMPLE_DATA, QUERY_TIMEOUT, NOTIFY_CHANNEL, RETENTION));
        keys.addAll(PoolSettings.KEYS);
        keys.addAll(ServeSettings.KEYS);
        for (Query query : Query.values()) {
            keys.add(query.key());
        }
        return keys;
    }

    /**
     * @param settings the provider's section
     * @return the validated settings
     * @throws InvalidSettingException naming the first key whose value is wrong
     */
    public static SqlSettings from(Settings settings) throws InvalidSettingException {
        Optional<String> configuredUrl = settings.get(URL);
        boolean embedded = configuredUrl.isEmpty();
        String url = embedded ? embeddedUrl(settings) : configuredUrl.get();
        if (!url.startsWith("jdbc:")) {
            throw settings.invalid(URL, "a JDBC URL starts with jdbc:");
        }
        if (!embedded && settings.get(EMBEDDED_PATH).isPresent()) {
            throw settings.invalid(EMBEDDED_PATH, "only for the embedded database: remove it or " + settings.fullKey(URL));
        }
        boolean migrate = settings.getBoolean(MIGRATE, embedded);
        boolean sampleData = settings.getBoolean(SAMPLE_DATA, embedded);
        if (sampleData && !migrate) {
            throw settings.invalid(SAMPLE_DATA, "sample records are loaded into a database the migration creates:"
                    + " it needs " + settings.fullKey(MIGRATE) + " = true");
        }
        Optional<String> channel = settings.get(NOTIFY_CHANNEL);
        if (channel.isPresent() && !IDENTIFIER.matcher(channel.get()).matches()) {
            throw settings.invalid(NOTIFY_CHANNEL, "a channel name is a letter or _ followed by letters, digits, _");
        }
        if (channel.isPresent() && !url.startsWith("jdbc:postgresql:")) {
            throw settings.invalid(NOTIFY_CHANNEL, "LISTEN/NOTIFY needs a PostgreSQL url (jdbc:postgresql:...)");
        }
        Optional<String> schema = settings.get(SCHEMA);
        if (schema.isPresent() && !IDENTIFIER.matcher(schema.get()).matches()) {
            throw settings.invalid(SCHEMA, "a schema name is a letter or _ followed by letters, digits, _");
        }
        Duration timeout = settings.getDuration(QUERY_TIMEOUT, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofHours(1));
        Duration retention = settings.getDuration(RETENTION, Duration.ofHours(168), Duration.ZERO, Duration.ofDays(3650));
        if (!retention.isZero() && retention.compareTo(Duration.ofMinutes(1)) < 0) {
            throw settings.invalid(RETENTION, "keep rows at least 1m (or 0 to keep them)");
        }
        return new SqlSettings(url, embedded, settings.get(USER).or(() -> embedded ? Optional.of("provgw") : Optional.empty()),
                password(settings), schema, migrate, sampleData, PoolSettings.from(settings),
                (int) Math.max(1, (timeout.toMillis() + 999) / 1000), channel, retention, Queries.from(settings),
                ServeSettings.from(settings));
    }

    private static String embeddedUrl(Settings settings) throws InvalidSettingException {
        Path path = settings.getPath(EMBEDDED_PATH)
                .orElse(settings.baseDirectory().resolve(DEFAULT_EMBEDDED_PATH).normalize());
        String text = path.toAbsolutePath().toString();
        if (text.contains(";") || text.endsWith(".mv.db")) {
            throw settings.invalid(EMBEDDED_PATH, "give the path without ';' and without the .mv.db suffix H2 adds");
        }
        // AUTO_SERVER lets `provgw render` and the H2 shell open the file while the server runs
        return "jdbc:h2:file:" + text + ";AUTO_SERVER=TRUE";
    }

    private static Optional<String> password(Settings settings) throws InvalidSettingException {
        Optional<String> inline = settings.get(PASSWORD);
        Optional<Path> file = settings.getPath(PASSWORD_FILE);
        if (inline.isPresent() && file.isPresent()) {
            throw settings.invalid(PASSWORD_FILE, "set " + settings.fullKey(PASSWORD) + " or this, not both");
        }
        if (file.isEmpty()) {
            return inline;
        }
        try {
            String content = Files.readString(file.get(), StandardCharsets.UTF_8);
            return Optional.of(content.strip());
        } catch (IOException e) {
            throw settings.invalid(PASSWORD_FILE, "cannot read it: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "SqlSettings[url=" + JdbcUrls.redact(url) + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? "***" : "none") + ", schema=" + schema.orElse("") + ", migrate=" + migrate
                + "]";
    }
}
