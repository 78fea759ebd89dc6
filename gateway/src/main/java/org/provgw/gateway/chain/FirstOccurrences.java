package org.provgw.gateway.chain;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which failure types were already seen, so that a buggy plugin that fails on every
 * request logs its stack trace once per type instead of flooding the log. Thread-safe.
 */
final class FirstOccurrences {

    private final Set<Class<?>> seen = ConcurrentHashMap.newKeySet();

    /**
     * @param failure a failure
     * @return true the first time a failure of this exact class is reported
     */
    boolean first(Throwable failure) {
        return seen.add(failure.getClass());
    }
}
