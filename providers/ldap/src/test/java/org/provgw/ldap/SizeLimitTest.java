package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.source.ChangeSet;

/** A server that returns only a few entries per search (AD: 1000, OpenLDAP: 500) is read in pages. */
class SizeLimitTest {

    @Test
    void allPhonesAreListedThroughPagesWhenTheServerLimitsResults() throws Exception {
        try (TestDirectory directory = TestDirectory.start(config -> config.setMaxSizeLimit(2), TestDirectory.FIXTURE);
             LdapDeviceSource source = directory.source(Map.of("page-size", "2"))) {
            assertEquals(Expected.devices().stream().map(Device::id).toList(), source.devices());
            assertEquals(Expected.models(), source.modelDefaults());
            assertEquals(ChangeSet.EVERYTHING, source.changes());
            assertEquals(ChangeSet.NONE, source.changes());
        }
    }
}
