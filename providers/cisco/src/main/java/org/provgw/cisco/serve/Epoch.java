package org.provgw.cisco.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import org.provgw.cisco.source.ChangeSet;

/**
 * Orders cache writes against invalidations. A build notes the epoch before it reads the backend;
 * when it stores its result, every change applied since then is checked against what the result
 * depends on, and an affected result is not stored: otherwise a build that read a record just
 * before it changed could overwrite the invalidation and be served forever. The caller still gets
 * what it built (a consistent rendering of what it read); only the cache does not keep it. Changes
 * to other records do not stop a build from being kept, so that a busy database does not leave
 * the cache empty (and nothing to serve during an outage).
 */
final class Epoch {

    /** Judges whether a change applied during a build affects what the build made. */
    @FunctionalInterface
    interface Affected {
        boolean by(ChangeSet changes, ChangedModels models);
    }

    private record Applied(long epoch, ChangeSet changes, ChangedModels models) {
    }

    /** Builds that began more than this many invalidations ago are not stored: too old to judge. */
    private static final int HISTORY = 256;

    private final Deque<Applied> history = new ArrayDeque<>();
    private long current;

    /** @return the epoch to pass to {@link #storeIfUnaffected} after building */
    synchronized long current() {
        return current;
    }

    /**
     * Runs an invalidation and remembers what it was for, so that builds begun before it and
     * affected by it are not stored.
     *
     * @param changes what changed
     * @param models the models whose defaults changed
     * @param invalidation what to drop or mark stale
     */
    synchronized void advance(ChangeSet changes, ChangedModels models, Runnable invalidation) {
        current++;
        history.addLast(new Applied(current, changes, models));
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
        invalidation.run();
    }

    /**
     * @param seen the epoch the build began in
     * @param affected whether a change touches what was built
     * @param store the write
     * @return whether it was written
     */
    synchronized boolean storeIfUnaffected(long seen, Affected affected, Runnable store) {
        if (seen != current) {
            if (history.isEmpty() || history.peekFirst().epoch() > seen + 1) {
                return false;
            }
            for (Applied applied : history) {
                if (applied.epoch() > seen && affected.by(applied.changes(), applied.models())) {
                    return false;
                }
            }
        }
        store.run();
        return true;
    }
}
