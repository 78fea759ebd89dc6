package org.provgw.ldap.connect;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

import org.provgw.ldap.config.ConnectionSettings;
import org.provgw.provider.ProviderException;

/**
 * The directory as the provider uses it: searches and reads through a connection pool, with
 * the configured timeouts, every failure turned into a {@link ProviderException} whose message
 * names the servers and the operation (never the password). Thread-safe.
 */
public final class Directory implements AutoCloseable {

    /** The SDK appends its version to nested messages: noise in a log line. */
    private static final Pattern SDK_VERSION = Pattern.compile(", ldapSDKVersion=[^,)]*, revision=[0-9a-f]*");

    private final LDAPConnectionPool pool;
    private final String servers;
    private final int timeLimitSeconds;
    private final long responseTimeoutMillis;
    private final int pageSize;

    private Directory(LDAPConnectionPool pool, ConnectionSettings settings) {
        this.pool = pool;
        this.servers = settings.describeServers();
        this.responseTimeoutMillis = settings.searchTimeout().toMillis();
        this.timeLimitSeconds = (int) Math.max(1, settings.searchTimeout().toSeconds());
        this.pageSize = settings.pageSize();
    }

    /**
     * Sets up the pool; no server needs to answer yet.
     *
     * @param settings how to reach the directory
     * @return the directory
     * @throws ProviderException if the pool or its TLS context cannot be set up
     */
    public static Directory open(ConnectionSettings settings) throws ProviderException {
        try {
            return new Directory(ConnectionPools.create(settings), settings);
        } catch (LDAPException | GeneralSecurityException e) {
            throw new ProviderException("cannot set up connections to " + settings.describeServers() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks that a server answers and accepts the bind, by reading the root DSE.
     *
     * @return the root DSE
     * @throws ProviderException if no server answers, or one refuses the bind ({@link #refusedBind})
     */
    public RootDSE rootDse() throws ProviderException {
        try {
            RootDSE dse = pool.getRootDSE();
            if (dse == null) {
                throw new ProviderException(servers + ": the root DSE cannot be read");
            }
            return dse;
        } catch (LDAPException e) {
            throw failure("reading the root DSE", e);
        }
    }

    /**
     * @param base the search base
     * @param scope the scope
     * @param filter the filter, built with {@link Filter}'s factory methods (never from text)
     * @param attributes the attributes to return; none for all user attributes
     * @return the entries found; empty when the base does not exist
     * @throws ProviderException if the directory cannot answer
     */
    public List<SearchResultEntry> search(DN base, SearchScope scope, Filter filter, String... attributes)
            throws ProviderException {
        SearchRequest request = new SearchRequest(base.toString(), scope, DereferencePolicy.NEVER, 0,
                timeLimitSeconds, false, filter, attributes);
        if (scope == SearchScope.BASE) {
            return search(request).getSearchEntries();
        }
        return paged(request);
    }

    /**
     * Reads a result in pages (RFC 2696) on one connection, the one the server keeps the paging
     * state on: Active Directory returns at most 1000 entries per search, OpenLDAP 500 to a user
     * without a higher size limit, and listing all phones would fail there. The control is not
     * critical: a server without paging answers the first request whole.
     */
    private List<SearchResultEntry> paged(SearchRequest request) throws ProviderException {
        request.setResponseTimeoutMillis(responseTimeoutMillis);
        for (int attempt = 1; ; attempt++) {
            LDAPConnection connection;
            try {
                connection = pool.getConnection();
            } catch (LDAPException e) {
                throw failure("searching " + request.getBaseDN() + " for " + request.getFilter(), e);
            }
            try {
                List<SearchResultEntry> entries = readPages(connection, request);
                pool.releaseConnection(connection);
                return entries;
            } catch (LDAPSearchException e) {
                if (!ResultCode.isConnectionUsable(e.getResultCode())) {
                    pool.releaseDefunctConnection(connection);
                    if (attempt == 1) {
                        // A pooled connection the server closed: once more on a new one, which
                        // may be to the next server.
                        continue;
                    }
                } else {
                    pool.releaseConnection(connection);
                }
                if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                    return List.of();
                }
                throw failure("searching " + request.getBaseDN() + " for " + request.getFilter(), e);
            }
        }
    }

    private List<SearchResultEntry> readPages(LDAPConnection connection, SearchRequest request)
            throws LDAPSearchException {
        List<SearchResultEntry> entries = new ArrayList<>();
        ASN1OctetString cookie = null;
        do {
            SearchRequest page = request.duplicate();
            page.addControl(new SimplePagedResultsControl(pageSize, cookie, false));
            SearchResult result = connection.search(page);
            entries.addAll(result.getSearchEntries());
            SimplePagedResultsControl paging;
            try {
                paging = SimplePagedResultsControl.get(result);
            } catch (LDAPException e) {
                throw new LDAPSearchException(e);
            }
            cookie = paging != null && paging.moreResultsToReturn() ? paging.getCookie() : null;
        } while (cookie != null);
        return entries;
    }

    /**
     * Runs a prepared request (with controls), with the configured timeouts.
     *
     * @param request the request
     * @return the result; a missing base gives an empty result
     * @throws ProviderException if the directory cannot answer
     */
    public SearchResult search(SearchRequest request) throws ProviderException {
        request.setResponseTimeoutMillis(responseTimeoutMillis);
        try {
            return pool.search(request);
        } catch (LDAPSearchException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return e.getSearchResult();
            }
            throw failure("searching " + request.getBaseDN() + " for " + request.getFilter(), e);
        }
    }

    /**
     * Runs a prepared request and returns the result even when the server ended it with one of
     * the given result codes (content synchronization's e-syncRefreshRequired).
     *
     * @param request the request
     * @param tolerated result codes answered with the result rather than an exception
     * @return the result
     * @throws ProviderException if the directory cannot answer or answers another error
     */
    public SearchResult searchTolerating(SearchRequest request, ResultCode... tolerated) throws ProviderException {
        request.setResponseTimeoutMillis(responseTimeoutMillis);
        try {
            return pool.search(request);
        } catch (LDAPSearchException e) {
            for (ResultCode code : tolerated) {
                if (e.getResultCode() == code) {
                    return e.getSearchResult();
                }
            }
            throw failure("synchronizing " + request.getBaseDN(), e);
        }
    }

    /**
     * @param dn an entry's DN
     * @param attributes the attributes to return; none for all user attributes
     * @return the entry, or empty if there is none
     * @throws ProviderException if the directory cannot answer
     */
    public Optional<SearchResultEntry> entry(DN dn, String... attributes) throws ProviderException {
        List<SearchResultEntry> found = search(dn, SearchScope.BASE, Filter.createPresenceFilter("objectClass"),
                attributes);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * @param e a failure of {@link #rootDse()}
     * @return whether a server answered and refused the bind credentials
     */
    public static boolean refusedBind(ProviderException e) {
        return e.getCause() instanceof LDAPException ldap && ConnectionPools.isRefusedBind(ldap);
    }

    private ProviderException failure(String what, LDAPException e) {
        String diagnostic = e.getDiagnosticMessage() == null ? ""
                : " (" + SDK_VERSION.matcher(e.getDiagnosticMessage()).replaceAll("") + ")";
        return new ProviderException("directory " + servers + ": " + what + " failed: " + e.getResultCode()
                + diagnostic, e);
    }

    /** @return the servers, as written in logs */
    public String servers() {
        return servers;
    }

    @Override
    public void close() {
        pool.close();
    }
}
