package org.provgw.provider.fs.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Warns once per path that a file or directory may not be read, or may not be served because
 * not everyone may read it. Phones retry, so without this a wrong permission would log a line per
 * request; the first line is what the operator needs.
 */
final class UnreadableWarnings {

    private static final Logger LOG = LogManager.getLogger(UnreadableWarnings.class);

    /** Bounds the memory a tree full of unreadable files can take; later paths stay silent. */
    private static final int MAX_PATHS = 10_000;

    private final String providerName;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    UnreadableWarnings(String providerName) {
        this.providerName = providerName;
    }

    /**
     * @param path the path that may not be read
     * @return whether this call logged the warning (false when the path was reported before)
     */
    boolean warn(String path) {
        if (!first(path)) {
            return false;
        }
        LOG.warn("provider {}: permission denied reading {}; answering not found",
                providerName, path);
        return true;
    }

    /**
     * @param path a file that is served only to everyone or no one ({@code world-readable-only})
     * @return whether this call logged the warning
     */
    boolean warnNotWorldReadable(String path) {
        if (!first(path)) {
            return false;
        }
        LOG.warn("provider {}: {} is not readable by everyone (world-readable-only, as tftpd-hpa without -p);"
                + " answering not found", providerName, path);
        return true;
    }

    private boolean first(String path) {
        return warned.size() < MAX_PATHS && warned.add(path);
    }
}
