package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;

import org.provgw.cisco.model.CallManager;
import org.provgw.cisco.model.CallManagerGroup;
import org.provgw.cisco.model.CallManagerPorts;
import org.provgw.cisco.model.DateTimeSetting;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.Srst;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.ProviderException;

/**
 * Reads a device pool and the entries it references (CallManager group and its members in
 * priority order, date/time setting, SRST reference) into a {@link DevicePool}.
 */
public final class PoolReader {

    private final Directory directory;
    private final DN poolBase;

    /**
     * @param directory the directory
     * @param poolBase where device pools are
     */
    public PoolReader(Directory directory, DN poolBase) {
        this.directory = directory;
        this.poolBase = poolBase;
    }

    /**
     * @param name a device pool's name, its {@code cn}
     * @return the pool, or empty if there is none of that name
     * @throws ProviderException if the directory cannot answer or the entries cannot be mapped
     */
    public Optional<DevicePool> pool(String name) throws ProviderException {
        Filter filter = Filter.createANDFilter(
                Filter.createEqualityFilter(SchemaNames.OBJECT_CLASS, SchemaNames.DEVICE_POOL_CLASS),
                Filter.createEqualityFilter(SchemaNames.CN, name));
        List<SearchResultEntry> found = directory.search(poolBase, SearchScope.SUB, filter);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.size() > 1) {
            throw new UnmappableEntryException(found.get(1).getDN(), "a second device pool named " + name
                    + " (the first is " + found.get(0).getDN() + ")");
        }
        EntryValues pool = new EntryValues(found.get(0));
        DN groupDn = pool.dnValue(SchemaNames.CALL_MANAGER_GROUP)
                .orElseThrow(() -> pool.problem(SchemaNames.CALL_MANAGER_GROUP + " is missing"));
        DN dateTimeDn = pool.dnValue(SchemaNames.DATE_TIME)
                .orElseThrow(() -> pool.problem(SchemaNames.DATE_TIME + " is missing"));
        Optional<DN> srstDn = pool.dnValue(SchemaNames.SRST);
        return Optional.of(new DevicePool(name, dateTime(referenced(pool, SchemaNames.DATE_TIME, dateTimeDn)),
                group(referenced(pool, SchemaNames.CALL_MANAGER_GROUP, groupDn)),
                srstDn.isEmpty() ? Optional.empty()
                        : Optional.of(srst(referenced(pool, SchemaNames.SRST, srstDn.get())))));
    }

    /**
     * The name a device's pool reference stands for: the {@code cn} of the pool entry, taken
     * from the DN when its RDN is a {@code cn} (no extra read), else read from the entry.
     *
     * @param owner the entry holding the reference, for messages
     * @param attribute the referencing attribute, for messages
     * @param poolDn the referenced DN
     * @return the pool's name
     * @throws ProviderException if the directory cannot answer or the entry does not exist
     */
    public String poolName(EntryValues owner, String attribute, DN poolDn) throws ProviderException {
        RDN rdn = poolDn.getRDN();
        if (rdn != null && rdn.getAttributeNames().length == 1
                && rdn.getAttributeNames()[0].equalsIgnoreCase(SchemaNames.CN)) {
            return rdn.getAttributeValues()[0];
        }
        return referenced(owner, attribute, poolDn).required(SchemaNames.CN);
    }

    private CallManagerGroup group(EntryValues group) throws ProviderException {
        List<String> memberDns = group.ordered(SchemaNames.CALL_MANAGER);
        if (memberDns.isEmpty() || memberDns.size() > CallManagerGroup.MAX_MEMBERS) {
            throw group.problem("a CallManager group needs 1 to " + CallManagerGroup.MAX_MEMBERS + " "
                    + SchemaNames.CALL_MANAGER + " values, has " + memberDns.size());
        }
        List<CallManager> members = new ArrayList<>();
        for (String memberDn : memberDns) {
            DN dn = group.parseDn(SchemaNames.CALL_MANAGER, memberDn);
            members.add(callManager(referenced(group, SchemaNames.CALL_MANAGER, dn)));
        }
        return new CallManagerGroup(group.required(SchemaNames.CN), members);
    }

    private static CallManager callManager(EntryValues node) throws UnmappableEntryException {
        CallManagerPorts defaults = CallManagerPorts.DEFAULTS;
        CallManagerPorts ports = new CallManagerPorts(
                port(node, SchemaNames.SCCP_PORT, defaults.sccp()),
                port(node, SchemaNames.SIP_PORT, defaults.sip()),
                port(node, SchemaNames.SECURE_SIP_PORT, defaults.secureSip()),
                port(node, SchemaNames.MGCP_LISTEN_PORT, defaults.mgcpListen()),
                port(node, SchemaNames.MGCP_KEEP_ALIVE_PORT, defaults.mgcpKeepAlive()));
        return new CallManager(node.required(SchemaNames.CN), node.required(SchemaNames.PROCESS_NODE_NAME),
                node.textOrEmpty(SchemaNames.DESCRIPTION), ports);
    }

    private static DateTimeSetting dateTime(EntryValues setting) throws UnmappableEntryException {
        return new DateTimeSetting(setting.required(SchemaNames.CN), setting.textOrEmpty(SchemaNames.DATE_TEMPLATE),
                setting.textOrEmpty(SchemaNames.TIME_ZONE), setting.textOrEmpty(SchemaNames.OLSON_TIME_ZONE),
                setting.ordered(SchemaNames.NTP_SERVER));
    }

    private static Srst srst(EntryValues srst) throws UnmappableEntryException {
        List<String> addresses = srst.ordered(SchemaNames.SRST_ADDRESS);
        if (addresses.size() > 3) {
            throw srst.problem("at most 3 " + SchemaNames.SRST_ADDRESS + " values, has " + addresses.size());
        }
        return new Srst(srst.required(SchemaNames.CN), srst.text(SchemaNames.SRST_OPTION).orElse("Disable"),
                addresses, port(srst, SchemaNames.SCCP_PORT, 2000), port(srst, SchemaNames.SIP_PORT, 5060));
    }

    private static int port(EntryValues entry, String attribute, int defaultPort) throws UnmappableEntryException {
        return entry.integer(attribute, defaultPort, 1, 65535);
    }

    private EntryValues referenced(EntryValues owner, String attribute, DN dn) throws ProviderException {
        return new EntryValues(directory.entry(dn).orElseThrow(
                () -> owner.problem(attribute + " = " + dn + " names no entry")));
    }
}
