package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.List;
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
        int before = directory.searches().size();
        assertEquals(Optional.empty(), source.pool(name), name);
        List<String> made = directory.searches().subList(before, directory.searches().size());
        assertTrue(made.stream().anyMatch(f -> comparesCnWith(f, name)),
                "the name reached the directory as one literal value: " + made);
    }

    /** Whether the filter, as the server received it, holds {@code (cn=value)} for exactly this value. */
    private static boolean comparesCnWith(String filter, String value) {
        try {
            return comparesCnWith(Filter.create(filter), value);
        } catch (LDAPException e) {
            throw new AssertionError("the server received a filter it cannot parse: " + filter, e);
        }
    }

    private static boolean comparesCnWith(Filter filter, String value) {
        if (filter.getFilterType() == Filter.FILTER_TYPE_EQUALITY) {
            return filter.getAttributeName().equalsIgnoreCase("cn") && value.equals(filter.getAssertionValue());
        }
        return java.util.Arrays.stream(filter.getComponents()).anyMatch(c -> comparesCnWith(c, value));
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
