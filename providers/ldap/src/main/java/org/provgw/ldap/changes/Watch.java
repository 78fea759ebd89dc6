package org.provgw.ldap.changes;

import java.util.List;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;

import org.provgw.ldap.config.MappedAttribute;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.ldap.mapping.DeviceFilters;
import org.provgw.ldap.mapping.SchemaNames;
import org.provgw.provider.DeviceId;

/** The entries change detection watches: one search per kind, and what a found entry stands for. */
public final class Watch {

    private final List<WatchedScope> scopes;
    private final DeviceFilters devices;
    private final String[] listingAttributes;

    /**
     * @param mapping the mapping in force
     * @param devices recognises device entries
     */
    public Watch(MappingSettings mapping, DeviceFilters devices) {
        this.devices = devices;
        DN pools = mapping.poolBase();
        this.scopes = List.of(
                new WatchedScope(EntryKind.DEVICE, mapping.base(), mapping.scope(), devices.anyDevice()),
                new WatchedScope(EntryKind.LINE, mapping.lineBase(), SearchScope.SUB, mapping.lineFilter()),
                ofClass(EntryKind.DEVICE_POOL, pools, SchemaNames.DEVICE_POOL_CLASS),
                ofClass(EntryKind.CALL_MANAGER_GROUP, pools, SchemaNames.CALL_MANAGER_GROUP_CLASS),
                ofClass(EntryKind.CALL_MANAGER, pools, SchemaNames.CALL_MANAGER_CLASS),
                ofClass(EntryKind.DATE_TIME, pools, SchemaNames.DATE_TIME_CLASS),
                ofClass(EntryKind.SRST, pools, SchemaNames.SRST_CLASS),
                ofClass(EntryKind.MODEL, mapping.modelBase(), SchemaNames.MODEL_CLASS),
                new WatchedScope(EntryKind.CLUSTER, mapping.clusterDn(), SearchScope.BASE,
                        Filter.createPresenceFilter(SchemaNames.OBJECT_CLASS)));
        this.listingAttributes = new String[] {mapping.name(MappedAttribute.MAC_ADDRESS),
                mapping.name(MappedAttribute.NAME), SchemaNames.MODIFY_TIMESTAMP};
    }

    private static WatchedScope ofClass(EntryKind kind, DN base, String objectClass) {
        return new WatchedScope(kind, base, SearchScope.SUB,
                Filter.createEqualityFilter(SchemaNames.OBJECT_CLASS, objectClass));
    }

    /** @return the searches, one per kind */
    public List<WatchedScope> scopes() {
        return scopes;
    }

    /** @return what a listing must return to classify an entry and see when it changed */
    public String[] listingAttributes() {
        return listingAttributes.clone();
    }

    /**
     * @param scope the search that found the entry
     * @param entry the entry, with at least the {@link #listingAttributes()}
     * @return what it stands for
     * @throws LDAPException if the server returned a DN that does not parse
     */
    public Tracked classify(WatchedScope scope, Entry entry) throws LDAPException {
        List<DeviceId> ids =
                scope.kind() == EntryKind.DEVICE ? devices.identities(entry) : List.of();
        return new Tracked(scope.kind(), entry.getParsedDN(), ids);
    }
}
