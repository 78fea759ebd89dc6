package org.provgw.cisco.build;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;

/**
 * Everything one file is built from: the records read from a device source for one request.
 *
 * @param device the device the file belongs to; empty for cluster-wide files or an unknown device
 * @param pool the device's pool, or for {@code XMLDefault.cnf.xml} the auto-registration pool
 * @param cluster the cluster-wide settings
 * @param models the default load of every model
 */
public record BuildInput(Optional<Device> device, Optional<DevicePool> pool, ClusterSettings cluster,
                         List<ModelDefault> models) {

    /** @throws NullPointerException if an argument is {@code null} */
    public BuildInput {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(cluster, "cluster");
        models = List.copyOf(models);
    }
}
