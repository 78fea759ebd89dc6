package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.unboundidds.controls.IgnoreNoUserModificationRequestControl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/**
 * Servers that keep modify timestamps to the second (OpenLDAP, 389 DS, AD): a second change
 * within the second of the previous poll is still seen, and an unchanged entry of that second is
 * not reported again. The server here does not maintain timestamps; the test writes them, as
 * such a server would.
 */
class OneSecondTimestampsTest {

    private static final String SEP01 = "cn=SEP0011AABBCC01,ou=phones,dc=example,dc=com";
    private static final String SEP02 = "cn=Sales 8841,ou=phones,dc=example,dc=com";

    private TestDirectory directory;
    private LdapDeviceSource source;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(config -> config.setGenerateOperationalAttributes(false),
                TestDirectory.FIXTURE);
        source = directory.source(Map.of("changes", "modify-timestamp"));
    }

    @AfterEach
    void stop() {
        source.close();
        directory.close();
    }

    @Test
    void aChangeWithinTheSameSecondIsSeenOnce() throws Exception {
        stampAll("20261204100000Z");
        assertEquals(ChangeSet.EVERYTHING, source.changes());
        stamp(SEP01, "20261204100000Z", "provgwIdleTimeout", "2");
        assertEquals(Set.of(id("01")), source.changes().devices());
        assertEquals(ChangeSet.NONE, source.changes());
    }

    @Test
    void aLaterSecondReportsOnlyWhatChangedInIt() throws Exception {
        stampAll("20261204100000Z");
        assertEquals(ChangeSet.EVERYTHING, source.changes());
        stamp(SEP02, "20261204100001Z", "provgwIdleTimeout", "3");
        assertEquals(Set.of(id("02")), source.changes().devices());
        assertEquals(ChangeSet.NONE, source.changes());
        stamp(SEP01, "20261204100001Z", "provgwIdleTimeout", "4");
        assertEquals(Set.of(id("01")), source.changes().devices());
        assertEquals(ChangeSet.NONE, source.changes());
    }

    @Test
    void withoutAnyTimestampEntriesAreComparedByContent() throws Exception {
        assertEquals(ChangeSet.EVERYTHING, source.changes());
        assertEquals(ChangeSet.NONE, source.changes());
        directory.replace("cn=cm3,ou=pools,dc=example,dc=com", "provgwProcessNodeName", "192.0.2.123");
        assertEquals(Set.of("Branch"), source.changes().pools());
        directory.replace(SEP02, "provgwIdleTimeout", "5");
        assertEquals(Set.of(id("02")), source.changes().devices());
    }

    /** Stamps every watched entry (the leaves of the tree). */
    private void stampAll(String timestamp) throws Exception {
        for (SearchResultEntry entry : directory.server().search(TestDirectory.BASE, SearchScope.SUB,
                "(!(|(objectClass=organizationalUnit)(objectClass=domain)))", "1.1").getSearchEntries()) {
            rewrite(entry.getDN(), timestamp, null, null);
        }
    }

    private void stamp(String dn, String timestamp, String attribute, String value) throws Exception {
        rewrite(dn, timestamp, attribute, value);
    }

    /**
     * The in-memory server lets a client set modifyTimestamp only when adding an entry (with the
     * ignore-no-user-modification control), so the entry is deleted and added back.
     */
    private void rewrite(String dn, String timestamp, String attribute, String value) throws Exception {
        Entry entry = directory.server().getEntry(dn).duplicate();
        entry.setAttribute("modifyTimestamp", timestamp);
        if (attribute != null) {
            entry.setAttribute(attribute, value);
        }
        directory.server().delete(dn);
        AddRequest add = new AddRequest(entry);
        add.addControl(new IgnoreNoUserModificationRequestControl());
        directory.server().add(add);
    }

    private static DeviceId id(String last) {
        return new DeviceId(DevicePrefix.SEP, "0011AABBCC" + last);
    }
}
