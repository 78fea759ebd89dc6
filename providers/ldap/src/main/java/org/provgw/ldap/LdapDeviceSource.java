package org.provgw.ldap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.unboundid.ldap.sdk.SearchResultEntry;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.ldap.changes.ChangeDetector;
import org.provgw.ldap.changes.ChangeDetectors;
import org.provgw.ldap.changes.ContentSyncPoller;
import org.provgw.ldap.changes.Impact;
import org.provgw.ldap.changes.TimestampPoller;
import org.provgw.ldap.changes.Watch;
import org.provgw.ldap.config.LdapSettings;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.ldap.connect.Directory;
import org.provgw.ldap.mapping.ClusterReader;
import org.provgw.ldap.mapping.DeviceFilters;
import org.provgw.ldap.mapping.DeviceReader;
import org.provgw.ldap.mapping.ModelReader;
import org.provgw.ldap.mapping.PoolReader;
import org.provgw.ldap.mapping.UnmappableEntryException;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * A {@link DeviceSource} over an LDAP directory: device entries found by their MAC address (any
 * written form) or {@code cn=SEP<MAC>}, mapped with their lines, model and device pool onto the
 * Cisco configuration model; changes learnt by content synchronization or modify timestamps.
 * Thread-safe; every method may block on the directory, within the configured timeouts.
 */
public final class LdapDeviceSource implements DeviceSource {

    private static final Logger LOG = LogManager.getLogger(LdapDeviceSource.class);

    private final Directory directory;
    private final MappingSettings mapping;
    private final DeviceFilters filters;
    private final DeviceReader devices;
    private final PoolReader pools;
    private final ModelReader models;
    private final ClusterReader cluster;
    private final Watch watch;
    private final Impact impact;
    private volatile ChangeDetector detector;

    /**
     * @param directory the directory, closed with this source
     * @param mapping the mapping in force
     */
    public LdapDeviceSource(Directory directory, MappingSettings mapping) {
        this.directory = directory;
        this.mapping = mapping;
        this.filters = new DeviceFilters(mapping);
        this.pools = new PoolReader(directory, mapping.poolBase());
        this.models = new ModelReader(directory, mapping.modelBase());
        this.devices = new DeviceReader(directory, mapping, models, pools);
        this.cluster = new ClusterReader(directory, mapping.clusterDn(), pools);
        this.watch = new Watch(mapping, filters);
        this.impact = new Impact(directory, mapping, filters, pools);
    }

    /**
     * @param settings the provider's settings
     * @return a source whose connections are set up (no server needs to answer yet)
     * @throws ProviderException if the connections cannot be set up
     */
    public static LdapDeviceSource open(LdapSettings settings) throws ProviderException {
        return new LdapDeviceSource(Directory.open(settings.connection()), settings.mapping());
    }

    @Override
    public Optional<Device> device(DeviceId id) throws ProviderException {
        DeviceId device = new DeviceId(id.prefix().devicePrefix(), id.mac());
        ChangeDetector changes = detector;
        Optional<Set<DeviceId>> known = changes == null ? Optional.empty() : changes.knownDevices();
        if (known.isPresent() && !known.get().contains(device)) {
            // Not in the directory at the last poll: a scan of random MACs costs no search. A
            // device added since is found once the next poll has seen it (and reported it, so
            // that the serving layer forgets that it was missing).
            return Optional.empty();
        }
        List<SearchResultEntry> found = new ArrayList<>();
        for (SearchResultEntry entry : directory.search(mapping.base(), mapping.scope(), filters.forDevice(device))) {
            // The filter matched; the entry must also hold the MAC once normalised, whatever
            // matching rule the server applied.
            if (filters.identities(entry).contains(device)) {
                found.add(entry);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.size() > 1) {
            throw new UnmappableEntryException(found.get(1).getDN(), "a second entry for " + device.deviceName()
                    + " (the first is " + found.get(0).getDN() + ")");
        }
        return Optional.of(devices.device(device, found.get(0)));
    }

    @Override
    public Optional<DevicePool> pool(String name) throws ProviderException {
        return pools.pool(name);
    }

    @Override
    public ClusterSettings cluster() throws ProviderException {
        return cluster.read();
    }

    @Override
    public List<ModelDefault> modelDefaults() throws ProviderException {
        return models.all();
    }

    @Override
    public List<DeviceId> devices() throws ProviderException {
        TreeSet<DeviceId> ids = new TreeSet<>(Comparator.comparing(DeviceId::deviceName));
        for (SearchResultEntry entry : directory.search(mapping.base(), mapping.scope(), filters.anyDevice(),
                filters.identityAttributes())) {
            ids.addAll(filters.identities(entry));
        }
        return List.copyOf(ids);
    }

    @Override
    public synchronized ChangeSet changes() throws ProviderException {
        if (detector == null) {
            // Chosen at the first poll the directory answers, not at start, so that a directory
            // that is down when provgw starts does not fix the choice.
            detector = ChangeDetectors.choose(mapping.changes(), directory.rootDse(),
                    () -> new ContentSyncPoller(directory, watch, impact),
                    () -> new TimestampPoller(directory, watch, impact));
            LOG.info("LDAP changes on {} are detected by {}", directory.servers(), detector.name());
        }
        return detector.changes();
    }

    /** @return how changes are detected ({@code content-sync}, {@code modify-timestamp}), once known */
    String changeDetection() {
        ChangeDetector current = detector;
        return current == null ? "not chosen yet" : current.name();
    }

    /** @return the directory this source reads, for start-up checks */
    Directory directory() {
        return directory;
    }

    @Override
    public void close() {
        directory.close();
    }
}
