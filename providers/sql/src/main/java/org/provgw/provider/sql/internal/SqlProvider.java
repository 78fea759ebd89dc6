package org.provgw.provider.sql.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.cisco.build.ConfigRenderer;
import org.provgw.cisco.serve.BuiltFileProvider;
import org.provgw.cisco.serve.ServeStats;
import org.provgw.provider.DeviceListing;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderException;

/**
 * A running SQL provider: the connection pool, the schema migrated if asked, the device source
 * over the configured queries, the serving layer that builds and caches files, and on PostgreSQL
 * the optional LISTEN connection.
 */
public final class SqlProvider implements FileProvider, DeviceListing {

    private static final Logger LOG = LogManager.getLogger(SqlProvider.class);
    /** H2's property for the address its servers bind; read once, when H2 first opens a database. */
    private static final String H2_BIND_ADDRESS = "h2.bindAddress";

    private final BuiltFileProvider built;
    private final Optional<PgNotifyListener> listener;

    private SqlProvider(BuiltFileProvider built, Optional<PgNotifyListener> listener) {
        this.built = built;
        this.listener = listener;
    }

    /**
     * @param instance the provider's name
     * @param settings its validated settings
     * @param renderer the file renderer
     * @return the started provider
     * @throws ProviderException if the schema cannot be migrated or the sample records loaded
     */
    public static SqlProvider open(String instance, SqlSettings settings, ConfigRenderer renderer)
            throws ProviderException {
        if (settings.embedded() && System.getProperty(H2_BIND_ADDRESS) == null) {
            // AUTO_SERVER makes the first process that opens the file serve it to others over TCP:
            // only to processes on this host
            System.setProperty(H2_BIND_ADDRESS, "127.0.0.1");
        }
        HikariDataSource dataSource = ConnectionPool.open(instance, settings);
        try {
            String schemaNote = migrate(dataSource, settings);
            Warnings warnings = new Warnings(instance);
            Jdbc jdbc = new Jdbc(dataSource, settings.queries(), settings.queryTimeoutSeconds());
            ChangeFeed feed = new ChangeFeed(jdbc, warnings, settings.retention(), Clock.systemUTC(), System::nanoTime);
            BuiltFileProvider built = BuiltFileProvider.open(instance,
                    new SqlDeviceSource(jdbc, feed, warnings, dataSource), renderer, settings.serve());
            LOG.info("provider {}: {} {}{}", instance, settings.embedded() ? "embedded H2 database"
                    : "database", JdbcUrls.redact(settings.url()), schemaNote);
            return new SqlProvider(built, settings.notifyChannel().map(
                    channel -> PgNotifyListener.start(instance, settings, built::pollNow)));
        } catch (ProviderException | RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static String migrate(HikariDataSource dataSource, SqlSettings settings) throws ProviderException {
        if (!settings.migrate()) {
            return "";
        }
        Migrations.Outcome outcome = Migrations.run(dataSource, settings);
        if (outcome.freshlyCreated() && settings.sampleData()) {
            int statements = SampleData.load(dataSource);
            return ", schema created (version " + outcome.version() + ") with " + statements + " sample records";
        }
        return ", schema version " + outcome.version() + (outcome.freshlyCreated() ? " (created)" : "");
    }

    @Override
    public Optional<ProvidedFile> find(FileRequest request) throws ProviderException {
        return built.find(request);
    }

    @Override
    public List<ListedDevice> listDevices() throws ProviderException {
        return built.listDevices();
    }

    /** @return the serving layer's counters */
    public ServeStats stats() {
        return built.stats();
    }

    /** Polls for changes now (as a NOTIFY does). */
    public void pollNow() {
        built.pollNow();
    }

    @Override
    public void close() {
        listener.ifPresent(PgNotifyListener::close);
        built.close();
    }
}
