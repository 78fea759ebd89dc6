package org.provgw.cisco.serve;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.provider.ProviderException;

/**
 * The records many files share (the cluster settings, the model defaults, the device pools),
 * read from the source once and kept until a change affects them, so that building a thousand
 * devices of one pool reads that pool once. Writes go through the {@link Epoch}, like the files.
 */
final class RecordCache {

    private final DeviceSource source;
    private final Epoch epoch;
    private final ConcurrentMap<String, Optional<DevicePool>> pools = new ConcurrentHashMap<>();
    private volatile ClusterSettings cluster;
    private volatile List<ModelDefault> models;

    RecordCache(DeviceSource source, Epoch epoch) {
        this.source = source;
        this.epoch = epoch;
    }

    ClusterSettings cluster() throws ProviderException {
        ClusterSettings known = cluster;
        if (known != null) {
            return known;
        }
        long seen = epoch.current();
        ClusterSettings read = source.cluster();
        epoch.storeIfCurrent(seen, () -> cluster = read);
        return read;
    }

    List<ModelDefault> models() throws ProviderException {
        List<ModelDefault> known = models;
        if (known != null) {
            return known;
        }
        long seen = epoch.current();
        List<ModelDefault> read = List.copyOf(source.modelDefaults());
        epoch.storeIfCurrent(seen, () -> models = read);
        return read;
    }

    Optional<DevicePool> pool(String name) throws ProviderException {
        Optional<DevicePool> known = pools.get(name);
        if (known != null) {
            return known;
        }
        long seen = epoch.current();
        Optional<DevicePool> read = source.pool(name);
        epoch.storeIfCurrent(seen, () -> pools.put(name, read));
        return read;
    }

    /** @return the model defaults the cached files were built with, if any were read */
    Optional<List<ModelDefault>> currentModels() {
        return Optional.ofNullable(models);
    }

    /**
     * Forgets what a change affects; call inside {@link Epoch#advance}.
     *
     * @param changes what changed
     * @param newModels the model defaults read after the change, when they changed
     */
    void forget(ChangeSet changes, Optional<List<ModelDefault>> newModels) {
        if (changes.cluster()) {
            cluster = null;
            models = null;
            pools.clear();
            return;
        }
        changes.pools().forEach(pools::remove);
        if (changes.modelDefaults()) {
            models = newModels.orElse(null);
        }
    }
}
