package org.provgw.ldap.config;

import java.util.LinkedHashSet;
import java.util.Set;

/** The setting keys of an LDAP provider, relative to {@code provider.<name>.}. */
public final class LdapKeys {

    /** Directory servers as LDAP URLs, comma separated, in failover order. */
    public static final String URL = "url";
    /** {@code failover} (default) or {@code round-robin}. */
    public static final String SERVERS = "servers";
    /** Upgrade {@code ldap://} connections with StartTLS; default {@code false}. */
    public static final String START_TLS = "start-tls";
    /** Certificates a TLS server must chain to; default the JDK's cacerts. */
    public static final String TRUST_STORE = "trust-store";
    /** {@code pkcs12}, {@code jks} or {@code pem}; default guessed from the file name. */
    public static final String TRUST_STORE_TYPE = "trust-store.type";
    /** The trust store's password, if it has one (PKCS#12 files made by keytool do). */
    public static final String TRUST_STORE_PASSWORD = "trust-store.password";
    /** Check that the server certificate names the host connected to; default {@code true}. */
    public static final String VERIFY_HOSTNAME = "verify-hostname";
    /** The DN of a simple bind; absent: anonymous. */
    public static final String BIND_DN = "bind.dn";
    /** A file holding the bind password (one line). */
    public static final String BIND_PASSWORD_FILE = "bind.password-file";
    /** An environment variable holding the bind password. */
    public static final String BIND_PASSWORD_ENV = "bind.password-env";
    /** Connect timeout. */
    public static final String TIMEOUT_CONNECT = "timeout.connect";
    /** Bind (and StartTLS) timeout. */
    public static final String TIMEOUT_BIND = "timeout.bind";
    /** Search timeout, also the server-side time limit. */
    public static final String TIMEOUT_SEARCH = "timeout.search";
    /** Most connections kept open to the directory. */
    public static final String CONNECTIONS_MAX = "connections.max";
    /** How long a look-up waits for a free connection when all are busy. */
    public static final String CONNECTIONS_MAX_WAIT = "connections.max-wait";

    /** Entries per page when listing (RFC 2696): at most the server's limit (AD 1000, OpenLDAP 500). */
    public static final String PAGE_SIZE = "page-size";

    /** The base DN under which devices are searched. */
    public static final String BASE = "base";
    /** {@code base}, {@code one} or {@code sub} (default). */
    public static final String SCOPE = "scope";
    /** An LDAP filter every device entry must also match. */
    public static final String FILTER = "filter";
    /** How device entries are recognised: {@code mac-address}, {@code cn}, or both (default). */
    public static final String MATCH = "match";
    /** Where lines, CallManager groups, models and pools live: defaults to {@link #BASE}. */
    public static final String LINE_BASE = "line.base";
    /** The filter line entries match, for change detection. */
    public static final String LINE_FILTER = "line.filter";
    /** The base of device pools, CallManager groups, CallManagers, date/time and SRST entries. */
    public static final String DEVICE_POOL_BASE = "device-pool.base";
    /** The base of phone model entries. */
    public static final String MODEL_BASE = "model.base";
    /** The DN of the cluster settings entry. */
    public static final String CLUSTER_DN = "cluster.dn";
    /** {@code auto} (default), {@code content-sync} or {@code modify-timestamp}. */
    public static final String CHANGES = "changes";
    /** Prefix of the attribute-name overrides: {@code attribute.model = ciscoModel}. */
    public static final String ATTRIBUTE_PREFIX = "attribute.";

    private LdapKeys() {
    }

    /** @return every accepted key */
    public static Set<String> all() {
        Set<String> keys = new LinkedHashSet<>(Set.of(URL, SERVERS, START_TLS, TRUST_STORE, TRUST_STORE_TYPE, TRUST_STORE_PASSWORD,
                VERIFY_HOSTNAME, BIND_DN, BIND_PASSWORD_FILE, BIND_PASSWORD_ENV, TIMEOUT_CONNECT, TIMEOUT_BIND,
                TIMEOUT_SEARCH, CONNECTIONS_MAX, CONNECTIONS_MAX_WAIT, PAGE_SIZE, BASE, SCOPE, FILTER, MATCH, LINE_BASE,
                LINE_FILTER, DEVICE_POOL_BASE, MODEL_BASE, CLUSTER_DN, CHANGES));
        for (MappedAttribute attribute : MappedAttribute.values()) {
            keys.add(ATTRIBUTE_PREFIX + attribute.key());
        }
        return Set.copyOf(keys);
    }
}
