package org.provgw.provider.sql.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Logs a warning about a row once per distinct message, so that a row read at every poll or build
 * does not repeat in the log. Bounded: past its capacity it forgets what it logged and starts over.
 */
final class Warnings {

    private static final Logger LOG = LogManager.getLogger(Warnings.class);
    private static final int CAPACITY = 10_000;

    private final String provider;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    Warnings(String provider) {
        this.provider = provider;
    }

    void once(String message) {
        if (logged.size() >= CAPACITY) {
            logged.clear();
        }
        if (logged.add(message)) {
            LOG.warn("provider {}: {}", provider, message);
        }
    }
}
