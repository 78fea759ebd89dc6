package org.provgw.cisco.serve;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provgw.cisco.build.BuildInput;
import org.provgw.cisco.build.ConfigName;
import org.provgw.cisco.build.ConfigRenderer;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.provider.ProviderException;

/** Reads the records of one unit and renders all of its files. Runs on the calling thread. */
final class UnitBuilder {

    private final DeviceSource source;
    private final RecordCache records;
    private final ConfigRenderer renderer;
    private final Clock clock;

    UnitBuilder(DeviceSource source, RecordCache records, ConfigRenderer renderer, Clock clock) {
        this.source = source;
        this.records = records;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * @param unit what to build
     * @param previous the unit's last good build, whose unchanged files keep their versions
     * @return the build, or empty when the device does not exist
     * @throws BadRecordException if a record cannot make the files
     * @throws ProviderException if the backend cannot answer
     */
    Optional<UnitBuild> build(BuildUnit unit, Optional<UnitBuild> previous) throws ProviderException {
        if (unit instanceof BuildUnit.DeviceUnit d) {
            Optional<Device> device = source.device(d.device());
            if (device.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(buildDevice(unit, device.get(), previous));
        }
        return Optional.of(buildCluster(unit, previous));
    }

    private UnitBuild buildDevice(BuildUnit unit, Device device, Optional<UnitBuild> previous)
            throws ProviderException {
        DevicePool pool = records.pool(device.pool()).orElseThrow(() -> new BadRecordException(
                device.id().deviceName(), "its device pool '" + device.pool() + "' does not exist"));
        BuildInput input = new BuildInput(Optional.of(device), Optional.of(pool), records.cluster(), records.models());
        return render(unit, input, Dependencies.of(device), previous);
    }

    private UnitBuild buildCluster(BuildUnit unit, Optional<UnitBuild> previous) throws ProviderException {
        ClusterSettings cluster = records.cluster();
        Optional<DevicePool> pool = cluster.autoRegistrationPool().isBlank() ? Optional.empty()
                : records.pool(cluster.autoRegistrationPool());
        if (cluster.autoRegistration() && pool.isEmpty()) {
            throw new BadRecordException("cluster settings", "the auto-registration device pool '"
                    + cluster.autoRegistrationPool() + "' does not exist");
        }
        List<ModelDefault> models = records.models();
        return render(unit, new BuildInput(Optional.empty(), pool, cluster, models), Dependencies.ofCluster(cluster),
                previous);
    }

    private UnitBuild render(BuildUnit unit, BuildInput input, Dependencies deps, Optional<UnitBuild> previous)
            throws BadRecordException {
        Map<ConfigName, BuiltFile> files = new HashMap<>();
        for (ConfigName name : unit.names()) {
            Optional<byte[]> bytes;
            try {
                bytes = renderer.render(name, input);
            } catch (IllegalArgumentException e) {
                throw new BadRecordException(unit.describe(), "cannot build " + name.fileName() + ": " + e.getMessage(), e);
            }
            bytes.ifPresent(b -> files.put(name, BuiltFile.of(b, clock.instant(),
                    previous.flatMap(p -> p.file(name)))));
        }
        return new UnitBuild(files, deps);
    }
}
