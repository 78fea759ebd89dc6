package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Device identity parsed from the last segment of a request path. */
class DeviceIdTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource({
        // every prefix, canonical case
        "SEP0011AABBCC01.cnf.xml,       SEP,    0011AABBCC01",
        "SIP0011AABBCC01.cnf,           SIP,    0011AABBCC01",
        "CTLSEP0011AABBCC01.tlv,        CTLSEP, 0011AABBCC01",
        "ITLSEP0011AABBCC01.tlv,        ITLSEP, 0011AABBCC01",
        "ATA0011AABBCC01.cnf.xml,       ATA,    0011AABBCC01",
        // prefix and MAC in any case; the MAC comes back uppercase
        "sep0011aabbcc01.cnf.xml,       SEP,    0011AABBCC01",
        "SeP0011aAbBcC01.CNF.XML,       SEP,    0011AABBCC01",
        "sip0011aabbcc01.cnf,           SIP,    0011AABBCC01",
        "ctlsep0011aabbcc01.tlv,        CTLSEP, 0011AABBCC01",
        "CtlSep0011AaBbCc01.tlv,        CTLSEP, 0011AABBCC01",
        "itlsep0011aabbcc01.tlv,        ITLSEP, 0011AABBCC01",
        "iTLsEP0011aabbCC01.tlv,        ITLSEP, 0011AABBCC01",
        "ata0011aabbcc01.cnf.xml,       ATA,    0011AABBCC01",
        "Ata0011AABBcc01.cnf.xml,       ATA,    0011AABBCC01",
        "sepabcdefabcdef.cnf.xml,       SEP,    ABCDEFABCDEF",
        "SEP000000000000.cnf.xml,       SEP,    000000000000",
        "SEPFFFFFFFFFFFF.cnf.xml,       SEP,    FFFFFFFFFFFF",
        // exactly prefix + 12 hex digits, or followed by a dot and anything
        "SEP0011AABBCC01,               SEP,    0011AABBCC01",
        "SEP0011AABBCC01.,              SEP,    0011AABBCC01",
        "SEP0011AABBCC01..x,            SEP,    0011AABBCC01",
        "'SEP0011AABBCC01.any thing #1', SEP,   0011AABBCC01",
        "SEP0011AABBCC01.cnf.xml.sgn,   SEP,    0011AABBCC01",
        // the last segment of a longer path
        "sub/SEP0011AABBCC01.cnf.xml,   SEP,    0011AABBCC01",
        "a/b/c/sep0011aabbcc01.cnf.xml, SEP,    0011AABBCC01",
        "SEP001122334455/SIP0011AABBCC01.cnf, SIP, 0011AABBCC01",
    })
    void parsesDeviceFileNames(String path, DevicePrefix prefix, String mac) {
        assertEquals(Optional.of(new DeviceId(prefix, mac)), DeviceId.fromPath(path));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "SEP0011AABBCC0.cnf.xml",       // 11 hex digits
        "SEP0011AABBCC0",
        "SEP0011AABBCC011.cnf.xml",     // 13 hex digits
        "SEP0011AABBCC011",
        "SEP0011AABBCC0G.cnf.xml",      // not hex
        "SEP0011AABBCCZZ",
        "SEP00:11:AA:BB:CC:01.cnf.xml",
        "SEP0011AABBCC01x",             // followed by something other than a dot
        "SEP0011AABBCC01-x.cnf",
        "SEP0011AABBCC01_x",
        "SEP0011AABBCC01 .cnf",
        "SEPDefault.cnf",
        "XMLDefault.cnf.xml",
        "SEP",
        "SEP.cnf.xml",
        "",
        "xSEP0011AABBCC01.cnf.xml",     // prefix not at the start of the name
        ".SEP0011AABBCC01.cnf.xml",
        " SEP0011AABBCC01.cnf.xml",
        "SEP 0011AABBCC01.cnf.xml",
        "CTL0011AABBCC01.tlv",          // not one of the prefixes
        "ITL0011AABBCC01.tlv",
        "CTLSIP0011AABBCC01.tlv",
        "SEPSEP0011AABBCC01.cnf.xml",
        "SE0011AABBCC01.cnf.xml",
        "SEP\uff10011AABBCC01.cnf.xml", // a full-width digit is not hex
        "SEP0011AABBCC01/foo.txt",      // the prefix only in a directory segment
        "SEP0011AABBCC01/",
        "dir/XMLDefault.cnf.xml",
    })
    void otherNamesAreNotDeviceSpecific(String path) {
        assertEquals(Optional.empty(), DeviceId.fromPath(path));
    }

    @Test
    void nullIsNoDevice() {
        assertEquals(Optional.empty(), DeviceId.fromPath(null));
    }

    @ParameterizedTest
    @CsvSource({
        "SEP0011AABBCC01.cnf.xml,  SEP0011AABBCC01,    SEP0011AABBCC01",
        "SIP0011AABBCC01.cnf,      SIP0011AABBCC01,    SIP0011AABBCC01",
        "ctlsep0011aabbcc01.tlv,   SEP0011AABBCC01,    CTLSEP0011AABBCC01",
        "itlsep0011aabbcc01.tlv,   SEP0011AABBCC01,    ITLSEP0011AABBCC01",
        "ATA0011AABBCC01.cnf.xml,  ATA0011AABBCC01,    ATA0011AABBCC01",
    })
    void deviceNameIsWhatCallManagerStoresAndToStringTheCanonicalFileName(
            String path, String deviceName, String canonical) {
        DeviceId id = DeviceId.fromPath(path).orElseThrow();
        assertEquals(deviceName, id.deviceName());
        assertEquals(canonical, id.toString());
    }

    @Test
    void constructorKeepsItsArguments() {
        DeviceId id = new DeviceId(DevicePrefix.CTLSEP, "0011AABBCC01");
        assertEquals(DevicePrefix.CTLSEP, id.prefix());
        assertEquals("0011AABBCC01", id.mac());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "0011aabbcc01", "0011AABBCc01", "0011AABBCC0", "0011AABBCC011", "", "0011AABBCC0G",
        "00:11:AA:BB:CC:01", " 0011AABBCC01", "0011AABBCC01 ", "\uff10011AABBCC01",
    })
    void constructorRefusesAnythingButTwelveUppercaseHexDigits(String mac) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DeviceId(DevicePrefix.SEP, mac));
        assertEquals("MAC must be 12 uppercase hex digits: " + mac, e.getMessage());
    }

    @Test
    void constructorRefusesNulls() {
        NullPointerException noPrefix = assertThrows(NullPointerException.class,
                () -> new DeviceId(null, "0011AABBCC01"));
        assertEquals("prefix", noPrefix.getMessage());
        NullPointerException noMac = assertThrows(NullPointerException.class,
                () -> new DeviceId(DevicePrefix.SEP, null));
        assertEquals("mac", noMac.getMessage());
    }

    @Test
    void idsFromDifferentlyCasedNamesAreEqual() {
        assertEquals(DeviceId.fromPath("SEP0011AABBCC01.cnf.xml"),
                DeviceId.fromPath("sep0011aabbcc01.CNF.XML"));
        assertEquals(DeviceId.fromPath("SEP0011AABBCC01.cnf.xml").orElseThrow().hashCode(),
                DeviceId.fromPath("sep0011aabbcc01.cnf.xml").orElseThrow().hashCode());
    }
}
