package org.provgw.cisco.serve;

/**
 * Orders cache writes against invalidations. A build notes the epoch before it reads the
 * backend and stores its result only if no invalidation ran meanwhile: otherwise a build that
 * read a record just before it changed could overwrite the invalidation and be served forever.
 * The caller still gets what it built (a consistent rendering of what it read); only the cache
 * does not keep it.
 */
final class Epoch {

    private long current;

    /** @return the epoch to pass to {@link #storeIfCurrent} after building */
    synchronized long current() {
        return current;
    }

    /**
     * Runs an invalidation and moves to a new epoch, so that builds begun before it are not stored.
     *
     * @param invalidation what to drop or mark stale
     */
    synchronized void advance(Runnable invalidation) {
        current++;
        invalidation.run();
    }

    /**
     * @param seen the epoch the build began in
     * @param store the write
     * @return whether it was written
     */
    synchronized boolean storeIfCurrent(long seen, Runnable store) {
        if (seen != current) {
            return false;
        }
        store.run();
        return true;
    }
}
