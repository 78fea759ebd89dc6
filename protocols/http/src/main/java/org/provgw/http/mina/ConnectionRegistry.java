package org.provgw.http.mina;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.http.conn.HttpConnection;

/**
 * The open connections of a listener, and the timer thread that checks their deadlines every
 * {@value #TICK_MILLIS} ms: one sweep over all of them is cheaper than a timer per request, and
 * deadlines of seconds need no finer grain.
 */
final class ConnectionRegistry {

    static final long TICK_MILLIS = 250;

    private static final Logger LOG = LogManager.getLogger(ConnectionRegistry.class);

    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private volatile boolean stopping;

    /** @param name the listener's name, for the timer thread's name */
    ConnectionRegistry(String name) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "provgw-" + name + "-deadlines");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        timer.scheduleWithFixedDelay(this::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    void add(HttpConnection connection) {
        connections.add(connection);
        if (stopping) {
            connection.shutdown(); // accepted while the listener stops
        }
    }

    void remove(HttpConnection connection) {
        connections.remove(connection);
    }

    /** @return the connections open now */
    int size() {
        return connections.size();
    }

    private void sweep() {
        for (HttpConnection connection : connections) {
            try {
                connection.tick();
            } catch (RuntimeException e) {
                LOG.error("deadline check failed", e); // one connection's bug must not stop the timer
            }
        }
    }

    /**
     * Ends every open connection, and any accepted from now on, logging their unfinished
     * responses as shutdown; stops the timer.
     */
    void shutdown() {
        stopping = true;
        timer.shutdownNow();
        for (HttpConnection connection : connections) {
            connection.shutdown();
        }
    }
}
