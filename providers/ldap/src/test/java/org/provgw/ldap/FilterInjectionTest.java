package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;
import org.provgw.provider.FileProvider;

/**
 * Filter syntax in anything that reaches a filter matches nothing: requested names never reach
 * the directory unless they hold a MAC, and names read from entries are assertion values.
 */
class FilterInjectionTest {

    private TestDirectory directory;
    private FileProvider provider;
    private LdapDeviceSource source;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
        provider = Providers.create(directory, Map.of());
        source = directory.source(Map.of());
    }

    @AfterEach
    void stop() {
        source.close();
        provider.close();
        directory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEP*.cnf.xml", "SEP0011AABBCC0*.cnf.xml", "SEP*)(cn=*.cnf.xml", "SEP)(objectClass=*.cnf.xml",
        "SEP\\00.cnf.xml", "SEP0011AABBCC01\\00.cnf.xml", "SEP0011AABBCC01)(cn=*.cnf.xml", "*", "*.cnf.xml",
        "SEP0011AABBCC0\\2a.cnf.xml", "CTLSEP*.tlv", "SIP*.cnf"})
    void hostileRequestedNamesMatchNothingAndNeverReachTheDirectory(String name) throws Exception {
        long before = directory.deviceSearches();
        assertEquals(Optional.empty(), Providers.fetch(provider, name), name);
        assertEquals(before, directory.deviceSearches(), "device searches for " + name);
    }

    @Test
    void aDeviceIdCannotCarryFilterSyntax() {
        for (String mac : new String[] {"*", "0011AABBCC0*", ")(cn=*", "\\00", "0011AABBCC\u0000"}) {
            assertThrows(IllegalArgumentException.class, () -> new DeviceId(DevicePrefix.SEP, mac), mac);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "H*", "HQ)(cn=*", "*)(objectClass=*", "HQ\\00", "HQ\u0000", "\\2a", "Branch)(|(cn=*"})
    void hostilePoolNamesMatchNoPool(String name) throws Exception {
        assertEquals(Optional.empty(), source.pool(name), name);
        assertTrue(directory.searches().stream().anyMatch(f -> f.contains("(cn=") && !f.contains("(cn=" + name + ")")
                || name.equals("HQ") ), "the name went into the filter escaped");
    }

    @Test
    void aModelNameWithFilterSyntaxNamesNoModel() throws Exception {
        directory.replace("cn=SEP0011AABBCC01,ou=phones,dc=example,dc=com", "provgwModel", "*");
        BadRecordException e = assertThrows(BadRecordException.class, () -> source.device(Expected.id("0011AABBCC01")));
        assertTrue(e.getMessage().contains("provgwModel = * names no provgwPhoneModel entry"), e.getMessage());
    }

    @Test
    void aLineReferenceThatIsNoDnIsABadRecord() throws Exception {
        directory.replace("cn=Sales 8841,ou=phones,dc=example,dc=com", "provgwLine", "cn=4101,ou=lines,dc=example,dc=com",
                "*)(cn=*");
        assertThrows(BadRecordException.class, () -> source.device(Expected.id("0011AABBCC02")));
    }
}
