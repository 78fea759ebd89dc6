package org.provgw.cisco.serve;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.ProviderException;

/**
 * Answers "the current files of this unit": from the cache when they are current, else by
 * building them once for all concurrent callers; when the backend cannot build them, the last
 * good build is served (last-known-good) and a unit never built is refused with
 * {@link ProviderException}. A device the backend does not know is empty (not found).
 */
final class UnitStore {

    private static final Logger LOG = LogManager.getLogger(UnitStore.class);

    private final String provider;
    private final BuildCache cache;
    private final Epoch epoch;
    private final UnitBuilder builder;
    private final OutageGate outage;
    private final NegativeCache missing;
    private final SingleFlight<BuildUnit, Optional<UnitBuild>> flights = new SingleFlight<>();
    private final AtomicLong builds = new AtomicLong();

    UnitStore(String provider, BuildCache cache, Epoch epoch, UnitBuilder builder, OutageGate outage,
              NegativeCache missing) {
        this.provider = provider;
        this.cache = cache;
        this.epoch = epoch;
        this.builder = builder;
        this.outage = outage;
        this.missing = missing;
    }

    /**
     * @return the unit's files, or empty when its device does not exist
     * @throws BadRecordException if its records cannot be built and nothing was built before
     * @throws ProviderException if the backend cannot answer and nothing was built before
     */
    Optional<UnitBuild> resolve(BuildUnit unit) throws ProviderException {
        if (unit instanceof BuildUnit.DeviceUnit d && missing.isKnownMissing(d.device())) {
            return Optional.empty();
        }
        Optional<CacheEntry> entry = cache.get(unit);
        if (entry.isPresent() && entry.get().state() == CacheEntry.State.FRESH) {
            return entry.get().lastGood();
        }
        if (entry.isPresent() && entry.get().state() == CacheEntry.State.BROKEN) {
            return lastKnownGood(entry, new BadRecordException(unit.describe(), entry.get().problem().orElse("")));
        }
        if (!outage.mayAttempt()) {
            return lastKnownGood(entry, new ProviderException("backend unavailable and "
                    + unit.describe() + " not built yet"));
        }
        try {
            return flights.run(unit, () -> build(unit, entry));
        } catch (ProviderException e) {
            return lastKnownGood(cache.get(unit), e);
        }
    }

    /** @return how many builds ran, successful or not */
    long builds() {
        return builds.get();
    }

    private Optional<UnitBuild> lastKnownGood(Optional<CacheEntry> entry, ProviderException otherwise)
            throws ProviderException {
        Optional<UnitBuild> last = entry.flatMap(CacheEntry::lastGood);
        if (last.isEmpty()) {
            throw otherwise;
        }
        outage.servedLastKnownGood();
        return last;
    }

    private Optional<UnitBuild> build(BuildUnit unit, Optional<CacheEntry> before) throws ProviderException {
        long seen = epoch.current();
        Optional<UnitBuild> previous = before.flatMap(CacheEntry::lastGood);
        builds.incrementAndGet();
        try {
            Optional<UnitBuild> built = builder.build(unit, previous);
            outage.succeeded();
            if (built.isEmpty()) {
                if (cache.remove(unit, seen) && unit instanceof BuildUnit.DeviceUnit d) {
                    missing.add(d.device());
                }
            } else {
                cache.store(unit, CacheEntry.fresh(built.get()), seen);
            }
            return built;
        } catch (BadRecordException e) {
            outage.succeeded();
            if (cache.store(unit, CacheEntry.broken(previous, Dependencies.unknown(unit), e.getMessage()), seen)) {
                LOG.warn("provider {}: {}; {} unavailable until its records change", provider, e.getMessage(),
                        previous.isPresent() ? "serving its last good files," : "its files are");
            }
            throw e;
        } catch (ProviderException e) {
            outage.failed(e);
            throw e;
        }
    }
}
