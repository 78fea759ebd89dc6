package org.provgw.ldap.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.unboundid.ldap.sdk.DereferencePolicy;
import com.unboundid.ldap.sdk.IntermediateResponse;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoIntermediateResponse;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestMode;
import com.unboundid.ldap.sdk.controls.ContentSyncState;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;

import org.provgw.cisco.source.ChangeSet;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * Change detection through the LDAP Content Synchronization operation (RFC 4533) in
 * refresh-only mode: each poll sends the cookie of the previous one and gets back exactly the
 * entries added or changed since, and the deleted ones (by entryUUID, or as the entries no longer
 * marked present). One session per watched kind. When the server cannot continue from a cookie
 * (e-syncRefreshRequired) the session starts over and everything is reported as changed.
 */
public final class ContentSyncPoller implements ChangeDetector {

    private final Directory directory;
    private final Watch watch;
    private final Impact impact;
    private final List<SyncState> states = new ArrayList<>();
    private volatile Set<DeviceId> known;

    /**
     * @param directory the directory, which must support the sync request control
     * @param watch what is watched
     * @param impact what changes affect
     */
    public ContentSyncPoller(Directory directory, Watch watch, Impact impact) {
        this.directory = directory;
        this.watch = watch;
        this.impact = impact;
        for (int i = 0; i < watch.scopes().size(); i++) {
            states.add(new SyncState());
        }
    }

    @Override
    public String name() {
        return "content-sync";
    }

    @Override
    public synchronized ChangeSet changes() throws ProviderException {
        boolean everything = false;
        List<Tracked> touched = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            SyncState state = states.get(i);
            everything |= state.cookie().isEmpty();
            if (!refresh(watch.scopes().get(i), state, touched)) {
                state.reset();
                everything = true;
                refresh(watch.scopes().get(i), state, touched);
            }
        }
        List<Tracked> all = new ArrayList<>();
        for (SyncState state : states) {
            all.addAll(state.entries());
        }
        known = TimestampPoller.devicesIn(all);
        return everything ? ChangeSet.EVERYTHING : impact.of(touched);
    }

    @Override
    public Optional<Set<DeviceId>> knownDevices() {
        return Optional.ofNullable(known);
    }

    /** @return false when the server wants a full refresh instead of continuing from the cookie */
    private boolean refresh(WatchedScope scope, SyncState state, List<Tracked> touched) throws ProviderException {
        SyncState.Round round = state.begin();
        List<ProviderException> failures = new ArrayList<>();
        SearchRequest request = new SearchRequest(scope.base().toString(), scope.scope(), DereferencePolicy.NEVER,
                0, 0, false, scope.filter(), "*");
        request.addControl(new ContentSyncRequestControl(true, ContentSyncRequestMode.REFRESH_ONLY,
                state.cookie().orElse(null), false));
        request.setIntermediateResponseListener((IntermediateResponse response) -> {
            try {
                info(round, ContentSyncInfoIntermediateResponse.decode(response));
            } catch (LDAPException e) {
                failures.add(new ProviderException("directory " + directory.servers()
                        + " sent a sync info message that does not decode: " + e.getMessage(), e));
            }
        });
        SearchResult result = directory.searchTolerating(request, ResultCode.E_SYNC_REFRESH_REQUIRED,
                ResultCode.NO_SUCH_OBJECT);
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        if (result.getResultCode() == ResultCode.E_SYNC_REFRESH_REQUIRED) {
            return false;
        }
        try {
            for (SearchResultEntry entry : result.getSearchEntries()) {
                ContentSyncStateControl control = ContentSyncStateControl.get(entry);
                if (control == null) {
                    throw new ProviderException("directory " + directory.servers() + " sent " + entry.getDN()
                            + " without a sync state control");
                }
                Tracked tracked = control.getState() == ContentSyncState.ADD
                        || control.getState() == ContentSyncState.MODIFY ? watch.classify(scope, entry) : null;
                round.entry(control.getState(), control.getEntryUUID(), tracked);
                round.cookie(control.getCookie());
            }
            ContentSyncDoneControl done = ContentSyncDoneControl.get(result);
            // Without a syncDone control nothing can be inferred from absence: only explicit deletions count.
            touched.addAll(round.finish(done == null ? null : done.getCookie(), done == null || done.refreshDeletes()));
            return true;
        } catch (LDAPException e) {
            throw new ProviderException("directory " + directory.servers() + " sent a sync answer that does not decode: "
                    + e.getMessage(), e);
        }
    }

    private static void info(SyncState.Round round, ContentSyncInfoIntermediateResponse info) {
        round.cookie(info.getCookie());
        switch (info.getType()) {
            case SYNC_ID_SET -> round.idSet(info.getEntryUUIDs(), info.refreshDeletes());
            case NEW_COOKIE, REFRESH_DELETE, REFRESH_PRESENT -> {
                // The cookie is all they carry for a refresh-only session.
            }
            default -> throw new IllegalStateException("unknown sync info type " + info.getType());
        }
    }
}
