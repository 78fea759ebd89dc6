package org.provgw.ldap.changes;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import org.provgw.cisco.source.ChangeSet;
import org.provgw.ldap.config.MappedAttribute;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.ldap.connect.Directory;
import org.provgw.ldap.mapping.DeviceFilters;
import org.provgw.ldap.mapping.EntryValues;
import org.provgw.ldap.mapping.PoolReader;
import org.provgw.ldap.mapping.SchemaNames;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * Turns the entries that changed into what they affect: a device its files; a line the devices
 * that reference it; a pool, or anything a pool references, the pools concerned; a model the
 * model defaults; the cluster entry everything. References are followed in the directory as it
 * is now, which still holds them when the referenced entry was deleted.
 */
public final class Impact {

    private final Directory directory;
    private final MappingSettings mapping;
    private final DeviceFilters devices;
    private final PoolReader pools;

    /**
     * @param directory the directory
     * @param mapping the mapping in force
     * @param devices recognises device entries
     * @param pools names pools
     */
    public Impact(Directory directory, MappingSettings mapping, DeviceFilters devices, PoolReader pools) {
        this.directory = directory;
        this.mapping = mapping;
        this.devices = devices;
        this.pools = pools;
    }

    /**
     * @param touched the entries added, changed or deleted
     * @return what must be rebuilt
     * @throws ProviderException if the directory cannot answer a reverse look-up
     */
    public ChangeSet of(Collection<Tracked> touched) throws ProviderException {
        Set<DeviceId> changedDevices = new LinkedHashSet<>();
        Set<String> changedPools = new LinkedHashSet<>();
        Set<DN> poolParts = new HashSet<>();
        boolean models = false;
        boolean cluster = false;
        for (Tracked entry : touched) {
            switch (entry.kind()) {
                case DEVICE -> changedDevices.addAll(entry.devices());
                case LINE -> changedDevices.addAll(devicesReferencing(entry.dn()));
                case DEVICE_POOL -> changedPools.add(poolName(entry.dn()));
                case CALL_MANAGER_GROUP, CALL_MANAGER, DATE_TIME, SRST -> poolParts.add(entry.dn());
                case MODEL -> models = true;
                case CLUSTER -> cluster = true;
                default -> throw new IllegalStateException("unknown kind " + entry.kind());
            }
        }
        if (!poolParts.isEmpty()) {
            changedPools.addAll(poolsReferencing(poolParts));
        }
        return new ChangeSet(changedDevices, changedPools, models, cluster);
    }

    private List<DeviceId> devicesReferencing(DN line) throws ProviderException {
        Filter filter = Filter.createANDFilter(devices.anyDevice(),
                Filter.createEqualityFilter(mapping.name(MappedAttribute.LINES), line.toString()));
        return directory.search(mapping.base(), mapping.scope(), filter, devices.identityAttributes()).stream()
                .flatMap(entry -> devices.identities(entry).stream()).toList();
    }

    private String poolName(DN dn) throws ProviderException {
        return pools.poolName(new EntryValues(new Entry(dn)), "pool", dn);
    }

    /** Pools and groups are few: they are read whole and the references compared as DNs. */
    private Set<String> poolsReferencing(Set<DN> parts) throws ProviderException {
        Set<DN> groups = new HashSet<>();
        for (SearchResultEntry group : directory.search(mapping.poolBase(), SearchScope.SUB,
                Filter.createEqualityFilter(SchemaNames.OBJECT_CLASS, SchemaNames.CALL_MANAGER_GROUP_CLASS),
                SchemaNames.CALL_MANAGER)) {
            DN groupDn = parse(group.getDN());
            if (parts.contains(groupDn) || listsAny(new EntryValues(group), parts)) {
                groups.add(groupDn);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (SearchResultEntry pool : directory.search(mapping.poolBase(), SearchScope.SUB,
                Filter.createEqualityFilter(SchemaNames.OBJECT_CLASS, SchemaNames.DEVICE_POOL_CLASS),
                SchemaNames.CN, SchemaNames.CALL_MANAGER_GROUP, SchemaNames.DATE_TIME, SchemaNames.SRST)) {
            EntryValues values = new EntryValues(pool);
            for (String attribute : List.of(SchemaNames.CALL_MANAGER_GROUP, SchemaNames.DATE_TIME,
                    SchemaNames.SRST)) {
                DN referenced = values.text(attribute).map(Impact::parse).orElse(null);
                if (referenced != null && (parts.contains(referenced) || groups.contains(referenced))) {
                    names.add(poolName(parse(pool.getDN())));
                }
            }
        }
        return names;
    }

    private static boolean listsAny(EntryValues group, Set<DN> parts) {
        try {
            for (String member : group.ordered(SchemaNames.CALL_MANAGER)) {
                if (parts.contains(parse(member))) {
                    return true;
                }
            }
            return false;
        } catch (ProviderException e) {
            // A group that cannot be read fails its devices' builds; count it as affected.
            return true;
        }
    }

    /** @return the DN, or the root DN for a value that is none (it then matches nothing) */
    private static DN parse(String dn) {
        try {
            return new DN(dn);
        } catch (LDAPException e) {
            return DN.NULL_DN;
        }
    }
}
