package org.provgw.ldap.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import com.unboundid.ldap.sdk.Filter;

import org.junit.jupiter.api.Test;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.ldap.config.MappingSettingsParser;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;
import org.provgw.provider.Settings;

class DeviceFiltersTest {

    private static DeviceFilters filters(Map<String, String> extra) throws Exception {
        Map<String, String> values = new java.util.HashMap<>(Map.of("base", "dc=example,dc=com"));
        values.putAll(extra);
        MappingSettings mapping = MappingSettingsParser.parse(Settings.of(values, "provider.dir.", Path.of("."),
                "test.properties"));
        return new DeviceFilters(mapping);
    }

    @Test
    void aDeviceIsSearchedByEveryMacFormAndItsName() throws Exception {
        Filter filter = filters(Map.of()).forDevice(new DeviceId(DevicePrefix.SEP, "001A2B0C4D5E"));
        assertEquals("(&(objectClass=*)(|(macAddress=00:1a:2b:0c:4d:5e)(macAddress=0:1a:2b:c:4d:5e)"
                + "(macAddress=00-1a-2b-0c-4d-5e)(macAddress=0-1a-2b-c-4d-5e)(macAddress=001a.2b0c.4d5e)"
                + "(macAddress=001a2b0c4d5e)(cn=SEP001A2B0C4D5E)))", filter.toString());
    }

    @Test
    void theConfiguredFilterAndAttributesAreUsed() throws Exception {
        Filter filter = filters(Map.of("filter", "(objectClass=ciscoPhone)", "match", "cn",
                "attribute.name", "deviceName")).forDevice(new DeviceId(DevicePrefix.SEP, "001A2B0C4D5E"));
        assertEquals("(&(objectClass=ciscoPhone)(|(deviceName=SEP001A2B0C4D5E)))", filter.toString());
    }

    @Test
    void anyDeviceHasAMacOrASepName() throws Exception {
        assertEquals("(&(objectClass=*)(|(macAddress=*)(cn=SEP*)))", filters(Map.of()).anyDevice().toString());
    }

    @Test
    void entriesAreIdentifiedByEveryMacTheyHoldAndTheirName() throws Exception {
        com.unboundid.ldap.sdk.Entry entry = new com.unboundid.ldap.sdk.Entry("cn=x,dc=example,dc=com");
        entry.addAttribute("macAddress", "0:1a:2b:c:4d:5e", "00-1A-2B-0C-4D-5F", "not a mac");
        entry.addAttribute("cn", "SEP001A2B0C4D5E", "SEP00112233445Z", "x");
        assertEquals(java.util.List.of(new DeviceId(DevicePrefix.SEP, "001A2B0C4D5E"),
                new DeviceId(DevicePrefix.SEP, "001A2B0C4D5F")), filters(Map.of()).identities(entry));
    }
}
