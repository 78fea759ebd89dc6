package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.serve.ServeAccess;
import org.provgw.provider.FileProvider;

/**
 * A change to an entry reaches the next request after a poll, and only the files it affects get
 * a new version. The in-memory server offers no content synchronization, so these run the
 * modify-timestamp path for real.
 */
class ChangePropagationTest {

    private static final String PHONES = "ou=phones,dc=example,dc=com";
    private static final List<String> FILES = List.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml",
            "SEP0011AABBCC03.cnf.xml", "SEP0011AABBCC04.cnf.xml", "SEP0011AABBCC05.cnf.xml", "XMLDefault.cnf.xml");

    private TestDirectory directory;
    private FileProvider provider;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
        provider = Providers.create(directory, Map.of());
    }

    @AfterEach
    void stop() {
        provider.close();
        directory.close();
    }

    @Test
    void theInMemoryServerOffersNoContentSyncSoTimestampsArePolled() throws Exception {
        try (LdapDeviceSource source = directory.source(Map.of())) {
            source.changes();
            assertEquals("modify-timestamp", source.changeDetection());
        }
    }

    @Test
    void aChangedPhoneIsRebuiltAloneWithANewVersionStamp() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=SEP0011AABBCC01," + PHONES, "provgwDirectoryURL", "http://192.0.2.99/new-directory");
        assertEquals(before, versions(), "nothing changes before the poll");
        ServeAccess.poll(provider);
        assertTrue(text("SEP0011AABBCC01.cnf.xml").contains("http://192.0.2.99/new-directory"));
        assertChanged(before, versions(), "SEP0011AABBCC01.cnf.xml");
    }

    @Test
    void aChangedCallManagerRebuildsEveryPhoneOfThePoolsUsingIt() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=cm3,ou=pools,dc=example,dc=com", "provgwProcessNodeName", "192.0.2.123");
        ServeAccess.poll(provider);
        assertTrue(text("SEP0011AABBCC02.cnf.xml").contains("192.0.2.123"));
        assertChanged(before, versions(), "SEP0011AABBCC02.cnf.xml", "SEP0011AABBCC04.cnf.xml");
    }

    @Test
    void aChangedDateTimeSettingRebuildsThePhonesOfItsPool() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=CMLocal,ou=pools,dc=example,dc=com", "provgwDateTemplate", "Y-M-D");
        ServeAccess.poll(provider);
        assertTrue(text("SEP0011AABBCC01.cnf.xml").contains("Y-M-D"));
        // XMLDefault names the auto-registration pool's CallManagers only: its bytes stay the same.
        assertChanged(before, versions(), "SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC03.cnf.xml",
                "SEP0011AABBCC05.cnf.xml");
    }

    @Test
    void aChangedCallManagerOfTheAutoRegistrationPoolReachesXmlDefault() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=cm1,ou=pools,dc=example,dc=com", "provgwProcessNodeName", "192.0.2.121");
        ServeAccess.poll(provider);
        assertTrue(text("XMLDefault.cnf.xml").contains("192.0.2.121"));
        assertChanged(before, versions(), "SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC03.cnf.xml",
                "SEP0011AABBCC05.cnf.xml", "XMLDefault.cnf.xml");
    }

    @Test
    void aChangedLineRebuildsThePhonesReferencingIt() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=4101,ou=lines,dc=example,dc=com", "provgwLineLabel", "Sales desk");
        ServeAccess.poll(provider);
        assertTrue(text("SEP0011AABBCC02.cnf.xml").contains("Sales desk"));
        assertChanged(before, versions(), "SEP0011AABBCC02.cnf.xml");
    }

    @Test
    void aChangedModelLoadReachesXmlDefaultAndThePhonesOfTheModel() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=Cisco 7942,ou=models,dc=example,dc=com", "provgwLoad", "SCCP42.9-4-2SR4-3S");
        ServeAccess.poll(provider);
        assertTrue(text("XMLDefault.cnf.xml").contains("SCCP42.9-4-2SR4-3S"));
        assertTrue(text("SEP0011AABBCC01.cnf.xml").contains("SCCP42.9-4-2SR4-3S"));
        assertChanged(before, versions(), "SEP0011AABBCC01.cnf.xml", "XMLDefault.cnf.xml");
    }

    @Test
    void aDeletedPhoneIsNotFoundAfterThePoll() throws Exception {
        assertTrue(Providers.fetch(provider, "SEP0011AABBCC04.cnf.xml").isPresent());
        directory.server().delete("cn=Board room," + PHONES);
        ServeAccess.poll(provider);
        assertEquals(Optional.empty(), Providers.fetch(provider, "SEP0011AABBCC04.cnf.xml"));
    }

    @Test
    void anAddedPhoneIsFoundAfterThePoll() throws Exception {
        assertEquals(Optional.empty(), Providers.fetch(provider, "SEP0011AABBCC06.cnf.xml"));
        directory.server().add("dn: cn=New phone," + PHONES, "objectClass: device", "objectClass: ieee802Device",
                "objectClass: provgwPhone", "cn: New phone", "macAddress: 00:11:aa:bb:cc:06",
                "provgwModel: Cisco 7942", "provgwDevicePool: cn=HQ,ou=pools,dc=example,dc=com");
        ServeAccess.poll(provider);
        assertTrue(Providers.fetch(provider, "SEP0011AABBCC06.cnf.xml").isPresent());
    }

    @Test
    void aPhoneWhoseMacChangesMovesToTheNewName() throws Exception {
        Map<String, String> before = versions();
        directory.replace("cn=Sales 8841," + PHONES, "macAddress", "00:11:aa:bb:cc:0a");
        ServeAccess.poll(provider);
        assertEquals(Optional.empty(), Providers.fetch(provider, "SEP0011AABBCC02.cnf.xml"));
        assertTrue(Providers.fetch(provider, "SEP0011AABBCC0A.cnf.xml").isPresent());
        assertEquals(before.get("SEP0011AABBCC01.cnf.xml"), Providers.version(provider, "SEP0011AABBCC01.cnf.xml")
                .orElseThrow());
    }

    @Test
    void aScanOfUnknownMacsCostsNoSearchOnceTheDevicesAreKnown() throws Exception {
        long before = directory.deviceSearches();
        for (int i = 0; i < 200; i++) {
            String name = String.format("SEP00DEAD%06X.cnf.xml", i);
            assertEquals(Optional.empty(), Providers.fetch(provider, name), name);
        }
        assertEquals(before, directory.deviceSearches());
    }

    private Map<String, String> versions() throws Exception {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String name : FILES) {
            versions.put(name, Providers.version(provider, name).orElseThrow());
        }
        return versions;
    }

    private String text(String name) throws Exception {
        return new String(Providers.fetch(provider, name).orElseThrow(), StandardCharsets.UTF_8);
    }

    private static void assertChanged(Map<String, String> before, Map<String, String> after, String... changed) {
        List<String> expected = List.of(changed);
        for (String name : FILES) {
            if (expected.contains(name)) {
                assertNotEquals(before.get(name), after.get(name), name + " should have a new version");
            } else {
                assertEquals(before.get(name), after.get(name), name + " should keep its version");
            }
        }
        assertFalse(expected.isEmpty());
    }
}
