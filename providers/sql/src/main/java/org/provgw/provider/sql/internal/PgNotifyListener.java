package org.provgw.provider.sql.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Holds one PostgreSQL connection that LISTENs on the notify channel, and wakes the change poller
 * when a notification arrives, so that a change is picked up within a moment instead of at the end
 * of the poll interval. The change log stays the source of truth: a lost notification only delays
 * a change to the next regular poll. Reconnects on failure, logging once per outage.
 */
final class PgNotifyListener implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(PgNotifyListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final long RECONNECT_MILLIS = 5000;

    private final String provider;
    private final SqlSettings settings;
    private final Runnable onNotify;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;
    private final CountDownLatch firstAttempt = new CountDownLatch(1);

    private PgNotifyListener(String provider, SqlSettings settings, Runnable onNotify) {
        this.provider = provider;
        this.settings = settings;
        this.onNotify = onNotify;
        this.thread = new Thread(this::loop, "provgw-" + provider + "-listen");
        thread.setDaemon(true);
    }

    /**
     * Starts listening and waits (up to the pool's connect timeout) until the first LISTEN has
     * been tried, so that changes made right after start are notified too.
     */
    static PgNotifyListener start(String provider, SqlSettings settings, Runnable onNotify) {
        PgNotifyListener listener = new PgNotifyListener(provider, settings, onNotify);
        listener.thread.start();
        try {
            listener.firstAttempt.await(settings.pool().connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return listener;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        closeConnection();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        boolean failing = false;
        while (!closed) {
            try {
                try {
                    listen();
                } finally {
                    firstAttempt.countDown();
                }
                failing = false;
                while (!closed) {
                    PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        onNotify.run();
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                if (!failing) {
                    LOG.warn("provider {}: LISTEN {} failed: {}; changes are seen at the regular poll until it"
                            + " reconnects", provider, settings.notifyChannel().orElse(""), e.getMessage());
                    failing = true;
                }
                closeConnection();
                try {
                    Thread.sleep(RECONNECT_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void listen() throws SQLException {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        Connection opened = new org.postgresql.Driver().connect(settings.url(), properties);
        if (opened == null) {
            throw new SQLException("not a PostgreSQL URL");
        }
        connection = opened;
        opened.setAutoCommit(true);
        try (Statement statement = opened.createStatement()) {
            // a channel is an identifier (validated at start), not a value: it cannot be a bound parameter
            statement.execute("LISTEN \"" + settings.notifyChannel().orElseThrow() + "\"");
        }
        LOG.debug("listen({}) channel={}", provider, settings.notifyChannel().orElse(""));
    }

    private void closeConnection() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // already broken
            }
        }
    }
}
