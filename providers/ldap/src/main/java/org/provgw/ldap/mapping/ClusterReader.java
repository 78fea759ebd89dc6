package org.provgw.ldap.mapping;

import java.util.Locale;
import java.util.Optional;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.SearchResultEntry;

import org.provgw.cisco.model.BuildCnfPolicy;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.ProviderException;

/**
 * Reads the cluster settings entry. Without one, the cluster has no default URLs, Build CNF is
 * Selective (CallManager's default) and auto-registration is off, so that unknown phones are
 * "not found" rather than given a configuration nobody wrote.
 */
public final class ClusterReader {

    /** What a directory without a cluster entry gets. */
    public static final ClusterSettings DEFAULTS =
            new ClusterSettings(ServiceUrls.NONE, BuildCnfPolicy.SELECTIVE, false, "");

    private final Directory directory;
    private final DN clusterDn;
    private final PoolReader pools;

    /**
     * @param directory the directory
     * @param clusterDn the cluster entry's DN
     * @param pools resolves the auto-registration pool's name
     */
    public ClusterReader(Directory directory, DN clusterDn, PoolReader pools) {
        this.directory = directory;
        this.clusterDn = clusterDn;
        this.pools = pools;
    }

    /**
     * @return the cluster settings
     * @throws ProviderException if the directory cannot answer or the entry cannot be mapped
     */
    public ClusterSettings read() throws ProviderException {
        Optional<SearchResultEntry> found = directory.entry(clusterDn);
        if (found.isEmpty()) {
            return DEFAULTS;
        }
        EntryValues entry = new EntryValues(found.get());
        ServiceUrls urls = new ServiceUrls(entry.textOrEmpty(SchemaNames.AUTHENTICATION_URL),
                entry.textOrEmpty(SchemaNames.DIRECTORY_URL), entry.textOrEmpty(SchemaNames.IDLE_URL),
                entry.textOrEmpty(SchemaNames.INFORMATION_URL), entry.textOrEmpty(SchemaNames.MESSAGES_URL),
                entry.textOrEmpty(SchemaNames.PROXY_SERVER_URL), entry.textOrEmpty(SchemaNames.SERVICES_URL));
        Optional<DN> poolDn = entry.dnValue(SchemaNames.AUTO_REGISTRATION_POOL);
        String pool = poolDn.isEmpty() ? ""
                : pools.poolName(entry, SchemaNames.AUTO_REGISTRATION_POOL, poolDn.get());
        return new ClusterSettings(urls, buildCnf(entry), autoRegistration(entry), pool);
    }

    private static BuildCnfPolicy buildCnf(EntryValues entry) throws UnmappableEntryException {
        Optional<String> value = entry.text(SchemaNames.BUILD_CNF);
        if (value.isEmpty()) {
            return BuildCnfPolicy.SELECTIVE;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            // CallManager 3.x wrote the policy as BuildCNFFlag=true|false.
            case "all", "true" -> BuildCnfPolicy.ALL;
            case "none", "false" -> BuildCnfPolicy.NONE;
            case "selective" -> BuildCnfPolicy.SELECTIVE;
            default -> throw entry.problem(SchemaNames.BUILD_CNF + " = " + value.get()
                    + ": expected all, none or selective");
        };
    }

    private static boolean autoRegistration(EntryValues entry) throws UnmappableEntryException {
        Optional<String> value = entry.text(SchemaNames.AUTO_REGISTRATION);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get().toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw entry.problem(SchemaNames.AUTO_REGISTRATION + " = " + value.get()
                    + ": expected TRUE or FALSE");
        };
    }
}
