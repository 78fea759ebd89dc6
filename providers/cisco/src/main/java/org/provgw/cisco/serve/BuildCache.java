package org.provgw.cisco.serve;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;

/**
 * The built units. Reads are lock-free; writes and invalidations go through the {@link Epoch}, so
 * that an entry is replaced whole (a reader sees the old entry or the new one, never a mix) and a
 * build that overlapped an invalidation is not kept.
 */
final class BuildCache {

    private final ConcurrentMap<BuildUnit, CacheEntry> entries = new ConcurrentHashMap<>();
    private final Epoch epoch;

    BuildCache(Epoch epoch) {
        this.epoch = epoch;
    }

    Optional<CacheEntry> get(BuildUnit unit) {
        return Optional.ofNullable(entries.get(unit));
    }

    /** @return whether the entry was stored (no invalidation since {@code seenEpoch}) */
    boolean store(BuildUnit unit, CacheEntry entry, long seenEpoch) {
        return epoch.storeIfCurrent(seenEpoch, () -> entries.put(unit, entry));
    }

    /** @return whether the entry was removed (no invalidation since {@code seenEpoch}) */
    boolean remove(BuildUnit unit, long seenEpoch) {
        return epoch.storeIfCurrent(seenEpoch, () -> entries.remove(unit));
    }

    /**
     * Marks stale every entry that {@code affected} selects; call inside {@link Epoch#advance}.
     *
     * @return how many entries were marked
     */
    int markStale(Predicate<CacheEntry> affected) {
        int[] marked = {0};
        entries.replaceAll((unit, entry) -> {
            if (entry.state() != CacheEntry.State.STALE && affected.test(entry)) {
                marked[0]++;
                return entry.stale();
            }
            return entry;
        });
        return marked[0];
    }

    int size() {
        return entries.size();
    }
}
