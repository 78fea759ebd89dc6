package org.provgw.ldap.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.controls.ContentSyncState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/** The RFC 4533 refresh bookkeeping: what each kind of answer means for the entries known. */
class SyncStateTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private SyncState state;

    private static Tracked phone(String name, String mac) throws Exception {
        return new Tracked(EntryKind.DEVICE, new DN("cn=" + name + ",ou=phones,dc=example,dc=com"),
                List.of(new DeviceId(DevicePrefix.SEP, mac)));
    }

    @BeforeEach
    void initialRefresh() throws Exception {
        state = new SyncState();
        SyncState.Round round = state.begin();
        round.entry(ContentSyncState.ADD, A, phone("a", "0011AABBCC0A"));
        round.entry(ContentSyncState.ADD, B, phone("b", "0011AABBCC0B"));
        round.entry(ContentSyncState.ADD, C, phone("c", "0011AABBCC0C"));
        assertEquals(3, round.finish(new ASN1OctetString("cookie-1"), false).size());
        assertEquals("cookie-1", state.cookie().orElseThrow().stringValue());
    }

    @Test
    void aModifiedEntryIsTouchedWithItsOldAndNewIdentity() throws Exception {
        SyncState.Round round = state.begin();
        round.entry(ContentSyncState.MODIFY, A, phone("a", "0011AABBCCAA"));
        List<Tracked> touched = round.finish(new ASN1OctetString("cookie-2"), true);
        assertEquals(List.of(phone("a", "0011AABBCC0A"), phone("a", "0011AABBCCAA")), touched);
        assertEquals("cookie-2", state.cookie().orElseThrow().stringValue());
    }

    @Test
    void deletionsByStateOrByIdSetAreTouchedWithWhatTheEntryWas() throws Exception {
        SyncState.Round round = state.begin();
        round.entry(ContentSyncState.DELETE, A, null);
        round.idSet(List.of(B), true);
        assertEquals(Set.of(phone("a", "0011AABBCC0A"), phone("b", "0011AABBCC0B")),
                Set.copyOf(round.finish(null, true)));
        assertEquals(List.of(phone("c", "0011AABBCC0C")), state.entries());
        assertEquals("cookie-1", state.cookie().orElseThrow().stringValue(), "no new cookie: the old one stays");
    }

    @Test
    void withThePresentPhaseEntriesNotMarkedPresentWereDeleted() throws Exception {
        SyncState.Round round = state.begin();
        round.entry(ContentSyncState.PRESENT, A, null);
        round.idSet(List.of(B), false);
        assertEquals(List.of(phone("c", "0011AABBCC0C")), round.finish(new ASN1OctetString("cookie-3"), false));
        assertEquals(2, state.entries().size());
    }

    @Test
    void withRefreshDeletesAbsenceMeansNothing() throws Exception {
        assertTrue(state.begin().finish(new ASN1OctetString("cookie-4"), true).isEmpty());
        assertEquals(3, state.entries().size());
    }

    @Test
    void aCookieSentDuringTheRefreshIsKeptWhenTheDoneControlHasNone() throws Exception {
        SyncState.Round round = state.begin();
        round.cookie(new ASN1OctetString("cookie-5"));
        round.finish(null, true);
        assertEquals("cookie-5", state.cookie().orElseThrow().stringValue());
    }

    @Test
    void resetForgetsTheCookieAndTheEntries() {
        state.reset();
        assertTrue(state.cookie().isEmpty());
        assertTrue(state.entries().isEmpty());
    }
}
