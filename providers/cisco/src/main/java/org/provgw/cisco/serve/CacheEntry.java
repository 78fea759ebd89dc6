package org.provgw.cisco.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * What the cache holds for one unit: the last good build, whether it is still current, and why
 * the unit cannot be built when it cannot.
 *
 * @param lastGood the files last built, served while they are current and, as last-known-good,
 *     while the backend cannot build new ones
 * @param deps what the unit depends on
 * @param state whether {@code lastGood} is current
 * @param problem why the unit's records cannot be built, for {@link State#BROKEN}
 */
record CacheEntry(Optional<UnitBuild> lastGood, Dependencies deps, State state, Optional<String> problem) {

    enum State {
        /** Built from the records as they are: served as is. */
        FRESH,
        /** A change affects it: rebuilt at the next request, {@code lastGood} served if that fails. */
        STALE,
        /** Its records cannot be built: not read again until a change affects it. */
        BROKEN
    }

    CacheEntry {
        Objects.requireNonNull(lastGood, "lastGood");
        Objects.requireNonNull(deps, "deps");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
        if (state == State.FRESH && lastGood.isEmpty()) {
            throw new IllegalArgumentException("a fresh entry holds a build");
        }
    }

    static CacheEntry fresh(UnitBuild build) {
        return new CacheEntry(Optional.of(build), build.deps(), State.FRESH, Optional.empty());
    }

    static CacheEntry broken(Optional<UnitBuild> lastGood, Dependencies deps, String problem) {
        return new CacheEntry(lastGood, deps, State.BROKEN, Optional.of(problem));
    }

    CacheEntry stale() {
        return new CacheEntry(lastGood, deps, State.STALE, problem);
    }
}
