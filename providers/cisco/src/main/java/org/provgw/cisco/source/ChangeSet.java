package org.provgw.cisco.source;

import java.util.Objects;
import java.util.Set;
import org.provgw.provider.DeviceId;

/**
 * What changed in a device database, so that exactly the affected built files are rebuilt.
 *
 * @param devices devices added, changed or removed (prefix {@code SEP})
 * @param pools device pools changed or removed, by name: every device in them is affected
 * @param modelDefaults whether a model's default load changed: {@code XMLDefault.cnf.xml} and
 *     every device of that model are affected
 * @param cluster whether the cluster-wide settings changed: everything is affected
 */
public record ChangeSet(Set<DeviceId> devices, Set<String> pools, boolean modelDefaults, boolean cluster) {

    /** Nothing changed. */
    public static final ChangeSet NONE = new ChangeSet(Set.of(), Set.of(), false, false);

    /** The source cannot tell what changed: rebuild everything. */
    public static final ChangeSet EVERYTHING = new ChangeSet(Set.of(), Set.of(), true, true);

    /** @throws NullPointerException if a set is {@code null} */
    public ChangeSet {
        devices = Set.copyOf(Objects.requireNonNull(devices, "devices"));
        pools = Set.copyOf(Objects.requireNonNull(pools, "pools"));
    }

    /** @return whether anything changed */
    public boolean isEmpty() {
        return devices.isEmpty() && pools.isEmpty() && !modelDefaults && !cluster;
    }

    /** @return whether every built file is affected */
    public boolean affectsEverything() {
        return cluster;
    }

    /**
     * @param other changes seen later
     * @return the changes of both
     */
    public ChangeSet plus(ChangeSet other) {
        Set<DeviceId> allDevices = new java.util.HashSet<>(devices);
        allDevices.addAll(other.devices);
        Set<String> allPools = new java.util.HashSet<>(pools);
        allPools.addAll(other.pools);
        return new ChangeSet(allDevices, allPools, modelDefaults || other.modelDefaults,
                cluster || other.cluster);
    }
}
