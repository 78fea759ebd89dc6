package org.provgw.cisco.serve;

import java.util.Objects;
import java.util.Optional;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.provider.DeviceId;

/**
 * The records a cached unit was built from, so that a change invalidates exactly the units it
 * affects. A cluster change affects every unit.
 *
 * @param device the device, for device units
 * @param pool the device pool it used, if known
 * @param model the model whose default load it used, if known
 * @param anyPool whether any pool change affects it (a unit whose pool is unknown because it
 *     could not be built)
 * @param anyModel whether any model change affects it ({@code XMLDefault.cnf.xml} lists them all)
 */
record Dependencies(Optional<DeviceId> device, Optional<String> pool, Optional<PhoneModel> model,
                    boolean anyPool, boolean anyModel) {

    Dependencies {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(model, "model");
    }

    static Dependencies of(Device device) {
        return new Dependencies(Optional.of(device.id()), Optional.of(device.pool()), Optional.of(device.model()),
                false, false);
    }

    static Dependencies ofCluster(ClusterSettings cluster) {
        return new Dependencies(Optional.empty(), Optional.of(cluster.autoRegistrationPool()), Optional.empty(),
                false, true);
    }

    /** A unit that could not be built: whatever it may have needed is suspect. */
    static Dependencies unknown(BuildUnit unit) {
        Optional<DeviceId> device = unit instanceof BuildUnit.DeviceUnit d ? Optional.of(d.device()) : Optional.empty();
        return new Dependencies(device, Optional.empty(), Optional.empty(), true, true);
    }

    /**
     * @param changes what the source reported
     * @param models the models whose defaults differ
     * @return whether the unit must be rebuilt
     */
    boolean affectedBy(ChangeSet changes, ChangedModels models) {
        if (changes.cluster()) {
            return true;
        }
        if (device.isPresent() && changes.devices().contains(device.get())) {
            return true;
        }
        if (anyPool ? !changes.pools().isEmpty() : pool.isPresent() && changes.pools().contains(pool.get())) {
            return true;
        }
        return anyModel ? models.any() : model.isPresent() && models.affects(model.get());
    }
}
