package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.serve.ServeAccess;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.provider.FileProvider;

/**
 * The content-synchronization path, against the in-memory server made to answer the sync
 * control from a script ({@link SyncEmulation}): chosen from the root DSE, first refresh,
 * cookies, modified and deleted entries, e-syncRefreshRequired.
 */
class ContentSyncTest {

    private static final String SEP01 = "cn=SEP0011AABBCC01,ou=phones,dc=example,dc=com";
    private static final String SEP04 = "cn=Board room,ou=phones,dc=example,dc=com";

    private final SyncEmulation sync = new SyncEmulation();
    private TestDirectory directory;
    private LdapDeviceSource source;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(sync::install, TestDirectory.FIXTURE);
        source = directory.source(Map.of());
        assertEquals(ChangeSet.EVERYTHING, source.changes());
        assertEquals("content-sync", source.changeDetection());
    }

    @AfterEach
    void stop() {
        source.close();
        directory.close();
    }

    @Test
    void nothingChangedIsNothing() throws Exception {
        int before = sync.requests();
        assertEquals(ChangeSet.NONE, source.changes());
        assertEquals(before + 9, sync.requests(), "one refresh per kind of entry");
    }

    @Test
    void aModifiedPhoneIsReported() throws Exception {
        directory.replace(SEP01, "provgwIdleTimeout", "30");
        sync.changed(SEP01);
        assertEquals(Set.of(Expected.id("0011AABBCC01")), source.changes().devices());
        sync.clear();
        assertEquals(ChangeSet.NONE, source.changes());
    }

    @Test
    void aModifiedCallManagerReportsThePoolsUsingIt() throws Exception {
        sync.changed("cn=cm3,ou=pools,dc=example,dc=com");
        ChangeSet changes = source.changes();
        assertEquals(Set.of("Branch"), changes.pools());
        assertEquals(Set.of(), changes.devices());
    }

    @Test
    void aDeletedPhoneIsReportedByItsUuidAndIsNoLongerKnown() throws Exception {
        directory.server().delete(SEP04);
        sync.deleted(SEP04);
        assertEquals(Set.of(Expected.id("0011AABBCC04")), source.changes().devices());
        assertEquals(Optional.empty(), source.device(Expected.id("0011AABBCC04")));
    }

    @Test
    void aRefreshRequiredStartsOverWithEverything() throws Exception {
        sync.refreshRequired(true);
        assertEquals(ChangeSet.EVERYTHING, source.changes());
        sync.refreshRequired(false);
        assertEquals(ChangeSet.NONE, source.changes());
    }

    @Test
    void aChangeReachesTheNextRequestThroughTheProvider() throws Exception {
        try (FileProvider provider = Providers.create(directory, Map.of())) {
            String before = new String(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow(),
                    StandardCharsets.UTF_8);
            directory.replace(SEP01, "provgwDirectoryURL", "http://192.0.2.77/dir");
            sync.changed(SEP01);
            ServeAccess.poll(provider);
            String after = new String(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow(),
                    StandardCharsets.UTF_8);
            assertTrue(after.contains("http://192.0.2.77/dir") && !before.contains("192.0.2.77"), after);
        }
    }
}
