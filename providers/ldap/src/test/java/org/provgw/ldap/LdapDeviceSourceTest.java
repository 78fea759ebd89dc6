package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.ldap.mapping.ClusterReader;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/** The default mapping turns the fixture's entries into exactly the records it stands for. */
class LdapDeviceSourceTest {

    private TestDirectory directory;
    private LdapDeviceSource source;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
        source = directory.source(Map.of());
    }

    @AfterEach
    void stop() {
        source.close();
        directory.close();
    }

    @Test
    void everyDeviceMapsToItsRecord() throws Exception {
        for (Device expected : Expected.devices()) {
            assertEquals(Optional.of(expected), source.device(expected.id()), expected.id().toString());
        }
    }

    @Test
    void poolsMapWithTheirCallManagersInPriorityOrder() throws Exception {
        assertEquals(Optional.of(Expected.hq()), source.pool("HQ"));
        assertEquals(Optional.of(Expected.branch()), source.pool("Branch"));
        assertEquals(Optional.empty(), source.pool("Nowhere"));
    }

    @Test
    void clusterAndModelsMap() throws Exception {
        assertEquals(Expected.cluster(), source.cluster());
        assertEquals(Expected.models(), source.modelDefaults());
    }

    @Test
    void devicesAreListedByNameWithNormalisedMacs() throws Exception {
        assertEquals(Expected.devices().stream().map(Device::id).toList(), source.devices());
    }

    @Test
    void unknownDeviceIsEmpty() throws Exception {
        assertEquals(Optional.empty(), source.device(Expected.id("0011AABBCCFF")));
    }

    @Test
    void trustListPrefixesFindTheirPhone() throws Exception {
        assertEquals(Optional.of(Expected.sccpPhone()),
                source.device(new DeviceId(DevicePrefix.CTLSEP, "0011AABBCC01")));
    }

    @Test
    void withoutClusterEntryAutoRegistrationIsOff() throws Exception {
        try (LdapDeviceSource other = directory.source(Map.of("cluster.dn", "cn=absent,dc=example,dc=com"))) {
            assertEquals(ClusterReader.DEFAULTS, other.cluster());
            assertFalse(other.cluster().autoRegistration());
        }
    }

    @Test
    void twoEntriesForOneMacAreABadRecordNotAnOutage() throws Exception {
        directory.server().add("dn: cn=Copy,ou=phones,dc=example,dc=com", "objectClass: device",
                "objectClass: ieee802Device", "cn: Copy", "macAddress: 00:11:AA:BB:CC:01");
        BadRecordException e = assertThrows(BadRecordException.class, () -> source.device(Expected.id("0011AABBCC01")));
        assertTrue(e.getMessage().contains("a second entry for SEP0011AABBCC01"), e.getMessage());
    }
}
