package org.provgw.ldap.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.controls.ContentSyncState;

/**
 * What one RFC 4533 content synchronization session knows between polls: the cookie and, by
 * entryUUID, what every synchronized entry stood for (a deleted entry is reported by UUID only).
 * A {@link Round} collects one refresh's answers and, when done, tells which entries it touched.
 * No I/O: {@link ContentSyncPoller} feeds it.
 */
final class SyncState {

    private final Map<UUID, Tracked> known = new HashMap<>();
    private ASN1OctetString cookie;

    /** @return the cookie to send, empty before the first complete refresh */
    Optional<ASN1OctetString> cookie() {
        return Optional.ofNullable(cookie);
    }

    /** Forgets everything: the server asked for a full refresh (e-syncRefreshRequired). */
    void reset() {
        known.clear();
        cookie = null;
    }

    /** @return what every synchronized entry stands for */
    List<Tracked> entries() {
        return List.copyOf(known.values());
    }

    /** @return a round collecting one refresh */
    Round begin() {
        return new Round();
    }

    /** The answers of one refresh. */
    final class Round {
        private final Map<UUID, Tracked> changed = new HashMap<>();
        private final Set<UUID> present = new HashSet<>();
        private final Set<UUID> deleted = new HashSet<>();
        private ASN1OctetString latestCookie;

        /**
         * @param state the entry's sync state
         * @param uuid its entryUUID
         * @param tracked what it stands for; may be {@code null} for present and deleted entries
         */
        void entry(ContentSyncState state, UUID uuid, Tracked tracked) {
            switch (state) {
                case ADD, MODIFY -> changed.put(uuid, tracked);
                case PRESENT -> present.add(uuid);
                case DELETE -> deleted.add(uuid);
                default -> throw new IllegalStateException("unknown sync state " + state);
            }
        }

        /**
         * @param uuids a syncIdSet's entryUUIDs
         * @param refreshDeletes whether they are deleted entries (else present ones)
         */
        void idSet(List<UUID> uuids, boolean refreshDeletes) {
            (refreshDeletes ? deleted : present).addAll(uuids);
        }

        /** @param newCookie a cookie the server sent during the refresh, if any */
        void cookie(ASN1OctetString newCookie) {
            if (newCookie != null) {
                latestCookie = newCookie;
            }
        }

        /**
         * Applies the refresh.
         *
         * @param doneCookie the cookie of the syncDone control, if any
         * @param refreshDeletes the syncDone control's flag: {@code false} means the present phase
         *     was used, so every known entry neither changed nor marked present was deleted
         * @return the entries touched: their identity before and after the change
         */
        List<Tracked> finish(ASN1OctetString doneCookie, boolean refreshDeletes) {
            cookie(doneCookie);
            List<Tracked> touched = new ArrayList<>();
            if (!refreshDeletes) {
                for (UUID uuid : known.keySet()) {
                    if (!present.contains(uuid) && !changed.containsKey(uuid)) {
                        deleted.add(uuid);
                    }
                }
            }
            for (UUID uuid : deleted) {
                Tracked gone = known.remove(uuid);
                if (gone != null) {
                    touched.add(gone);
                }
            }
            for (Map.Entry<UUID, Tracked> change : changed.entrySet()) {
                Tracked before = known.put(change.getKey(), change.getValue());
                if (before != null && !before.equals(change.getValue())) {
                    touched.add(before);
                }
                touched.add(change.getValue());
            }
            if (latestCookie != null) {
                cookie = latestCookie;
            }
            return touched;
        }
    }
}
