package org.provgw.cisco.serve;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.cisco.build.ConfigName;
import org.provgw.cisco.build.ConfigRenderer;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DeviceListing;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderException;

/**
 * Serves the files built from a {@link DeviceSource} by a {@link ConfigRenderer}: the shared
 * serving layer of the SQL and LDAP providers.
 *
 * <ul>
 *   <li>Names the builder does not make ({@link ConfigName#parse}) are "not found" at once,
 *       without touching the backend, so that firmware and other static files go on to the next
 *       provider of the chain.</li>
 *   <li>A device's files are built together on first request (or at start with
 *       {@code prebuild}), on the calling thread, once for all concurrent callers, and cached as
 *       immutable bytes whose version is their digest; a rebuild replaces them whole.</li>
 *   <li>A poller thread asks the source what changed and marks exactly the affected units stale;
 *       they are rebuilt at their next request.</li>
 *   <li>When the backend fails, stale files are served as they were (last-known-good), a file
 *       never built is refused with {@link ProviderException} (the phone retries), and a device the
 *       backend does not know is "not found", remembered briefly so that unknown phones do not
 *       query the backend at every retry.</li>
 * </ul>
 */
public final class BuiltFileProvider implements FileProvider, DeviceListing {

    private static final Logger LOG = LogManager.getLogger(BuiltFileProvider.class);

    private final String name;
    private final DeviceSource source;
    private final BuildCache cache;
    private final NegativeCache missing;
    private final OutageGate outage;
    private final UnitStore units;
    private final ChangeApplier changes;
    private final ChangePoller poller;
    private final boolean prebuild;
    private volatile boolean closed;

    private BuiltFileProvider(String name, DeviceSource source, ConfigRenderer renderer, ServeSettings settings,
                              Clock clock, LongSupplier nanoTime) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        Objects.requireNonNull(renderer, "renderer");
        Epoch epoch = new Epoch();
        this.cache = new BuildCache(epoch);
        RecordCache records = new RecordCache(source, epoch);
        this.missing = new NegativeCache(settings.negativeTtl(), settings.negativeCapacity(), nanoTime);
        this.outage = new OutageGate(name, settings.retryInterval(), nanoTime);
        this.units = new UnitStore(name, cache, epoch, new UnitBuilder(source, records, renderer, clock), outage,
                missing);
        this.changes = new ChangeApplier(name, source, epoch, cache, records, missing, outage);
        this.prebuild = settings.prebuild();
        this.poller = new ChangePoller(name, settings.pollInterval(), this::prebuildIfAsked, changes::poll);
    }

    /**
     * Creates the provider and starts its poller. The source is asked for changes once before
     * this returns, to set the starting point of change detection; if it cannot answer, the first
     * poll that succeeds does that (and everything built until then is rebuilt).
     *
     * @param name the provider's instance name, for logs and thread names
     * @param source the device records; closed by {@link #close()}
     * @param renderer turns records into files
     * @param settings polling, retries, negative cache, pre-build
     * @return the running provider
     */
    public static BuiltFileProvider open(String name, DeviceSource source, ConfigRenderer renderer,
                                         ServeSettings settings) {
        return open(name, source, renderer, settings, Clock.systemUTC(), System::nanoTime);
    }

    static BuiltFileProvider open(String name, DeviceSource source, ConfigRenderer renderer, ServeSettings settings,
                                  Clock clock, LongSupplier nanoTime) {
        BuiltFileProvider provider = new BuiltFileProvider(name, source, renderer, settings, clock, nanoTime);
        provider.changes.poll();
        provider.poller.start();
        return provider;
    }

    @Override
    public Optional<ProvidedFile> find(FileRequest request) throws ProviderException {
        Optional<ConfigName> wanted = ConfigName.parse(request.path());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return units.resolve(BuildUnit.of(wanted.get())).flatMap(build -> build.file(wanted.get()))
                .map(BuiltFile::open);
    }

    @Override
    public List<ListedDevice> listDevices() throws ProviderException {
        List<ListedDevice> listed = new ArrayList<>();
        for (DeviceId id : source.devices()) {
            try {
                units.resolve(new BuildUnit.DeviceUnit(id))
                        .ifPresent(build -> listed.add(ListedDevice.of(id.deviceName(), build.fileNames())));
            } catch (BadRecordException e) {
                listed.add(new ListedDevice(id.deviceName(), List.of(), Optional.of(e.getMessage())));
            }
        }
        return listed;
    }

    /** Polls the source for changes now instead of at the end of the interval (a change notification). */
    public void pollNow() {
        poller.wakeUp();
    }

    /** Polls the source for changes on the calling thread and applies them before returning. */
    void pollChanges() {
        changes.poll();
    }

    /** @return the provider's counters now */
    public ServeStats stats() {
        return new ServeStats(cache.size(), units.builds(), outage.lastKnownGoodServed(), missing.size(),
                outage.isDown());
    }

    /** Stops the poller and closes the source. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        poller.close();
        source.close();
    }

    private void prebuildIfAsked() {
        if (!prebuild) {
            return;
        }
        long start = System.nanoTime();
        int devices = 0;
        int unavailable = 0;
        try {
            for (DeviceId id : source.devices()) {
                if (closed) {
                    return;
                }
                devices++;
                try {
                    units.resolve(new BuildUnit.DeviceUnit(id));
                } catch (BadRecordException e) {
                    unavailable++;
                }
            }
            units.resolve(BuildUnit.CLUSTER);
            LOG.info("provider {}: pre-built the files of {} devices in {} ms ({} unavailable)", name, devices,
                    (System.nanoTime() - start) / 1_000_000, unavailable);
        } catch (BadRecordException e) {
            LOG.info("provider {}: pre-built the files of {} devices; the cluster-wide files are unavailable",
                    name, devices);
        } catch (ProviderException e) {
            LOG.warn("provider {}: pre-build stopped after {} devices: {}; files are built on request", name,
                    devices, e.getMessage());
        }
    }
}
