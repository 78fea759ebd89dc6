package org.provgw.provider.sql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.provgw.provider.ProviderException;

/**
 * Creates or upgrades the shipped schema with Flyway: the portable tables ({@code db/common})
 * and the database's own change log and triggers ({@code db/h2}, {@code db/postgresql},
 * {@code db/mariadb}), recorded in {@code provgw_schema_history} so that it never collides with
 * another application's Flyway history in a shared database.
 */
final class Migrations {

    static final String HISTORY_TABLE = "provgw_schema_history";
    private static final String LOCATION = "classpath:org/provgw/provider/sql/db/";

    /**
     * @param freshlyCreated whether the migration started from an empty schema
     * @param version the schema version now
     */
    record Outcome(boolean freshlyCreated, String version) {
    }

    private Migrations() {
    }

    static Outcome run(DataSource dataSource, SqlSettings settings) throws ProviderException {
        String vendor = vendor(dataSource);
        FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION + "common", LOCATION + vendor)
                .table(HISTORY_TABLE);
        settings.schema().ifPresent(schema -> config.schemas(schema).defaultSchema(schema));
        try {
            MigrateResult result = config.load().migrate();
            return new Outcome(result.initialSchemaVersion == null && result.migrationsExecuted > 0,
                    result.targetSchemaVersion == null ? String.valueOf(result.initialSchemaVersion)
                            : result.targetSchemaVersion);
        } catch (FlywayException e) {
            throw new ProviderException("migrating the schema failed: " + e.getMessage(), e);
        }
    }

    /** @return the folder of the database's own migrations */
    private static String vendor(DataSource dataSource) throws ProviderException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new ProviderException("cannot reach the database to migrate it: " + e.getMessage(), e);
        }
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgresql")) {
            return "postgresql";
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return "mariadb";
        }
        throw new ProviderException("migrate = true creates the schema on H2, PostgreSQL and MariaDB only, not on "
                + product + ": create it yourself (see the README) and set migrate = false");
    }
}
