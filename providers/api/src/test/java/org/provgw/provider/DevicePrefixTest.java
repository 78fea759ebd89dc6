package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trust-list prefixes name files of a SEP device; every other prefix names its own device. */
class DevicePrefixTest {

    @ParameterizedTest
    @CsvSource({
        "SEP,    SEP",
        "SIP,    SIP",
        "CTLSEP, SEP",
        "ITLSEP, SEP",
        "ATA,    ATA",
    })
    void devicePrefix(DevicePrefix prefix, DevicePrefix expected) {
        assertEquals(expected, prefix.devicePrefix());
    }
}
