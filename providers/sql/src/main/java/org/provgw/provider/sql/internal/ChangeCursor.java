package org.provgw.provider.sql.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Where the next poll of the change log starts. Ids are handed out when a row is inserted, not
 * when its transaction commits, so a change can become visible after changes with higher ids
 * (the poll that saw ids 10 and 12 may see 11 later). The cursor therefore remembers the missing
 * ids below the highest one seen and keeps reading from the lowest of them, skipping ids it has
 * already processed, until they show up or a while has passed (a rolled-back transaction leaves
 * a gap that never fills). Not thread-safe: one poller uses it.
 */
final class ChangeCursor {

    /** How long a missing id is waited for: longer than any transaction that writes device records. */
    static final Duration PATIENCE = Duration.ofMinutes(2);
    /** Jumps larger than this (a sequence restarted higher, a cache of ids lost) are not tracked as gaps. */
    static final int MAX_TRACKED_GAP = 1000;

    private final LongSupplier nanoTime;
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private final Set<Long> seen = new HashSet<>();
    private long floor;
    private long highest;
    private boolean started;

    ChangeCursor(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    void start(long current) {
        floor = current;
        highest = current;
        started = true;
    }

    boolean started() {
        return started;
    }

    /** @return the id the next poll reads above: every id up to it has been processed */
    long floor() {
        return floor;
    }

    /** @return whether the id is new, to be processed */
    boolean accept(long id) {
        if (id <= floor || !seen.add(id)) {
            return false;
        }
        if (id > highest) {
            if (id - highest - 1 <= MAX_TRACKED_GAP) {
                long now = nanoTime.getAsLong();
                for (long missing = highest + 1; missing < id; missing++) {
                    gaps.put(missing, now);
                }
            }
            highest = id;
        } else {
            gaps.remove(id);
        }
        return true;
    }

    /** Gives up on gaps older than {@link #PATIENCE} and moves the floor up. */
    void endOfPoll() {
        long now = nanoTime.getAsLong();
        gaps.values().removeIf(noticed -> now - noticed > PATIENCE.toNanos());
        floor = gaps.isEmpty() ? highest : gaps.firstKey() - 1;
        seen.removeIf(id -> id <= floor);
    }
}
