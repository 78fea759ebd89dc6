package org.provgw.cisco.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * A real, in-memory device database: every change is recorded for {@link #changes()} the way a
 * change log would, the backend can be switched off, reads are counted, and device reads can be
 * held at a gate to make builds overlap with other events.
 */
final class MemorySource implements DeviceSource {

    private final Map<DeviceId, Device> devices = new ConcurrentHashMap<>();
    private final Map<String, DevicePool> pools = new ConcurrentHashMap<>();
    private volatile ClusterSettings cluster;
    private volatile List<ModelDefault> models;
    private ChangeSet pending = ChangeSet.NONE;
    private boolean started;
    private volatile boolean down;
    private volatile boolean modelsDown;
    private volatile CountDownLatch gate;
    private volatile CountDownLatch reachedGate = new CountDownLatch(1);
    final AtomicInteger deviceReads = new AtomicInteger();
    final AtomicInteger poolReads = new AtomicInteger();
    final AtomicInteger modelReads = new AtomicInteger();
    final AtomicInteger changeCalls = new AtomicInteger();
    volatile boolean closed;

    MemorySource(ClusterSettings cluster, List<ModelDefault> models) {
        this.cluster = cluster;
        this.models = List.copyOf(models);
    }

    synchronized MemorySource put(Device device) {
        devices.put(device.id(), device);
        pending = pending.plus(new ChangeSet(Set.of(device.id()), Set.of(), false, false));
        return this;
    }

    synchronized void remove(DeviceId id) {
        devices.remove(id);
        pending = pending.plus(new ChangeSet(Set.of(id), Set.of(), false, false));
    }

    synchronized MemorySource put(DevicePool pool) {
        pools.put(pool.name(), pool);
        pending = pending.plus(new ChangeSet(Set.of(), Set.of(pool.name()), false, false));
        return this;
    }

    synchronized void setModels(List<ModelDefault> newModels) {
        models = List.copyOf(newModels);
        pending = pending.plus(new ChangeSet(Set.of(), Set.of(), true, false));
    }

    synchronized void setCluster(ClusterSettings newCluster) {
        cluster = newCluster;
        pending = pending.plus(ChangeSet.EVERYTHING);
    }

    void setDown(boolean isDown) {
        down = isDown;
    }

    /** Only the model defaults fail: the change feed still answers. */
    void setModelsDown(boolean isDown) {
        modelsDown = isDown;
    }

    /**
     * Device reads, once they have read the record, wait until {@link #openGate()} before they
     * return it; {@link #awaitGate()} returns once one waits.
     */
    void closeGate() {
        reachedGate = new CountDownLatch(1);
        gate = new CountDownLatch(1);
    }

    void openGate() {
        CountDownLatch g = gate;
        gate = null;
        if (g != null) {
            g.countDown();
        }
    }

    boolean awaitGate() throws InterruptedException {
        return reachedGate.await(10, TimeUnit.SECONDS);
    }

    @Override
    public Optional<Device> device(DeviceId id) throws ProviderException {
        deviceReads.incrementAndGet();
        checkUp();
        Optional<Device> read = Optional.ofNullable(devices.get(id));
        CountDownLatch g = gate;
        if (g != null) {
            reachedGate.countDown();
            try {
                g.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderException("interrupted");
            }
        }
        return read;
    }

    @Override
    public Optional<DevicePool> pool(String name) throws ProviderException {
        poolReads.incrementAndGet();
        checkUp();
        return Optional.ofNullable(pools.get(name));
    }

    @Override
    public ClusterSettings cluster() throws ProviderException {
        checkUp();
        return cluster;
    }

    @Override
    public List<ModelDefault> modelDefaults() throws ProviderException {
        modelReads.incrementAndGet();
        checkUp();
        if (modelsDown) {
            throw new ProviderException("model defaults unavailable");
        }
        return models;
    }

    @Override
    public List<DeviceId> devices() throws ProviderException {
        checkUp();
        return new ArrayList<>(new TreeMap<>(devices.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().deviceName(), Map.Entry::getKey)))
                .values());
    }

    @Override
    public synchronized ChangeSet changes() throws ProviderException {
        changeCalls.incrementAndGet();
        checkUp();
        if (!started) {
            started = true;
            pending = ChangeSet.NONE;
            return ChangeSet.EVERYTHING;
        }
        ChangeSet changes = pending;
        pending = ChangeSet.NONE;
        return changes;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkUp() throws ProviderException {
        if (down) {
            throw new ProviderException("memory source switched off");
        }
    }
}
