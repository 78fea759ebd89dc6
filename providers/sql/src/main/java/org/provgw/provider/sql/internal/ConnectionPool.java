package org.provgw.provider.sql.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Creates the HikariCP pool of one provider from its settings. */
final class ConnectionPool {

    private ConnectionPool() {
    }

    static HikariDataSource open(String instance, SqlSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("provgw-" + instance);
        config.setJdbcUrl(settings.url());
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        settings.schema().ifPresent(schema -> {
            if (isMariaDbOrMySql(settings.url())) {
                config.setCatalog(schema);
            } else {
                config.setSchema(schema);
            }
        });
        config.setMaximumPoolSize(settings.pool().size());
        config.setMinimumIdle(Math.min(2, settings.pool().size()));
        config.setConnectionTimeout(settings.pool().connectTimeout().toMillis());
        config.setValidationTimeout(settings.pool().validationTimeout().toMillis());
        // a database that is down at start is an outage like any other, not a reason to refuse to start
        config.setInitializationFailTimeout(-1);
        // every read is one transaction over one consistent state (a device and its lines); the
        // pool stays auto-commit so that the session settings made at connect (schema) persist
        config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
        return new HikariDataSource(config);
    }

    static boolean isMariaDbOrMySql(String url) {
        return url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:");
    }
}
