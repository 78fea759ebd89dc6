package org.provgw.cisco.serve;

/**
 * Counters of a {@link BuiltFileProvider}, for tests, benchmarks and diagnostics.
 *
 * @param cachedUnits devices (and the cluster-wide files) currently cached
 * @param builds builds run since start, successful or not
 * @param lastKnownGoodServed requests answered with files built before, because the backend
 *     could not build current ones
 * @param knownMissing unknown devices currently answered "not found" without asking the backend
 * @param backendDown whether the backend is considered down now
 */
public record ServeStats(int cachedUnits, long builds, long lastKnownGoodServed, int knownMissing,
                         boolean backendDown) {
}
