package org.provgw.ldap;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchResult;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Control;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPResult;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoIntermediateResponse;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncState;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;

/**
 * Makes the in-memory server answer the RFC 4533 sync request control, from a script the test
 * writes: the root DSE lists the control; a refresh without cookie returns every entry with
 * state {@code add}; one with a cookie returns the entries the test marked changed (state
 * {@code modify}) and, to the phone search, the UUIDs it marked deleted (a syncIdSet with
 * refreshDeletes), or e-syncRefreshRequired when asked to. Every answer ends with a syncDone
 * control and a new cookie. entryUUIDs are derived from the DN. What it cannot show is how a real
 * syncprov answers; what it shows is that provgw's requests, cookies, state controls and info
 * messages work on the wire, through the connection pool.
 */
final class SyncEmulation extends InMemoryOperationInterceptor {

    private static final String COOKIE = "sync-cookie";

    private final AtomicInteger cookies = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile Set<String> changed = Set.of();
    private volatile List<UUID> deleted = List.of();
    private volatile boolean refreshRequired;

    /** Installs the emulation and a root DSE offering the control. */
    void install(InMemoryDirectoryServerConfig config) {
        Entry dse = new Entry("");
        dse.addAttribute("objectClass", "top", "ds-root-dse");
        dse.addAttribute("namingContexts", TestDirectory.BASE);
        dse.addAttribute("supportedLDAPVersion", "3");
        dse.addAttribute("supportedControl", ContentSyncRequestControl.SYNC_REQUEST_OID,
                SimplePagedResultsControl.PAGED_RESULTS_OID);
        config.setRootDSEEntry(dse);
        config.addInMemoryOperationInterceptor(this);
    }

    static UUID uuid(String dn) {
        return UUID.nameUUIDFromBytes(dn.toLowerCase(Locale.ROOT).replace(" ", "").getBytes(StandardCharsets.UTF_8));
    }

    /** The next refreshes with a cookie report these entries as modified. */
    void changed(String... dns) {
        changed = Set.of(dns).stream().map(dn -> dn.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    /** The next refresh of the phones reports these entries as deleted. */
    void deleted(String... dns) {
        deleted = List.of(dns).stream().map(SyncEmulation::uuid).toList();
    }

    void refreshRequired(boolean required) {
        refreshRequired = required;
    }

    /** Forgets what the last poll was told. */
    void clear() {
        changed = Set.of();
        deleted = List.of();
    }

    /** @return how many sync requests the server received */
    int requests() {
        return requests.get();
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) throws LDAPException {
        Control control = request.getRequest().getControl(ContentSyncRequestControl.SYNC_REQUEST_OID);
        if (control == null) {
            return;
        }
        requests.incrementAndGet();
        ASN1OctetString cookie = new ContentSyncRequestControl(control).getCookie();
        request.setProperty(COOKIE, cookie == null ? "" : cookie.stringValue());
        // The server itself knows no such control: take it off before the search runs.
        SearchRequest plain = request.getRequest().duplicate();
        plain.setControls();
        request.setRequest(plain);
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry result) {
        Object cookie = result.getProperty(COOKIE);
        if (cookie == null) {
            return;
        }
        SearchResultEntry entry = result.getSearchEntry();
        ContentSyncState state;
        if (cookie.toString().isEmpty()) {
            state = ContentSyncState.ADD;
        } else if (changed.contains(entry.getDN().toLowerCase(Locale.ROOT))) {
            state = ContentSyncState.MODIFY;
        } else {
            result.setSearchEntry(null);
            return;
        }
        result.setSearchEntry(new SearchResultEntry(entry.getDN(), entry.getAttributes(),
                new ContentSyncStateControl(state, uuid(entry.getDN()), null)));
    }

    @Override
    public void processSearchResult(InMemoryInterceptedSearchResult result) {
        Object cookie = result.getProperty(COOKIE);
        if (cookie == null) {
            return;
        }
        int messageId = result.getResult().getMessageID();
        if (refreshRequired && !cookie.toString().isEmpty()) {
            result.setResult(new LDAPResult(messageId, ResultCode.E_SYNC_REFRESH_REQUIRED));
            return;
        }
        if (!cookie.toString().isEmpty() && !deleted.isEmpty()
                && result.getRequest().getFilter().toString().contains("macAddress")) {
            try {
                result.sendIntermediateResponse(ContentSyncInfoIntermediateResponse.createSyncIDSetResponse(null,
                        deleted, true));
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
        }
        result.setResult(new LDAPResult(messageId, ResultCode.SUCCESS, null, null, null,
                new Control[] {new ContentSyncDoneControl(new ASN1OctetString("c" + cookies.incrementAndGet()), true)}));
    }
}
