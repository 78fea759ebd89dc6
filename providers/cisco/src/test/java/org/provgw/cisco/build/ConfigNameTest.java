package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.cisco.fixtures.CiscoFixtures;

/** The names the builder answers, and those it never builds (signed, encrypted, trust lists). */
class ConfigNameTest {

    @ParameterizedTest
    @CsvSource({
        "SEP0011AABBCC01.cnf.xml, SEP0011AABBCC01.cnf.xml",
        "sep0011aabbcc01.CNF.XML, SEP0011AABBCC01.cnf.xml",
        "SEP0011AABBCC01.cnf, SEP0011AABBCC01.cnf",
        "SIP0011aabbcc01.cnf, SIP0011AABBCC01.cnf",
        "XMLDefault.cnf.xml, XMLDefault.cnf.xml",
        "xmldefault.cnf.xml, XMLDefault.cnf.xml",
        "SIPDefault.cnf, SIPDefault.cnf"})
    void builtNamesAreRecognisedInAnyCase(String requested, String canonical) {
        assertEquals(Optional.of(canonical), ConfigName.parse(requested).map(ConfigName::fileName));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SEP0011AABBCC01.cnf.xml.sgn",
        "SEP0011AABBCC01.cnf.xml.enc.sgn",
        "SEP0011AABBCC01.cnf.enc.sgn",
        "CTLSEP0011AABBCC01.tlv",
        "ITLSEP0011AABBCC01.tlv",
        "CTLFile.tlv",
        "ITLFile.tlv",
        "XMLDefault.cnf.xml.sgn",
        "SIPDefault.cnf.sgn",
        "SEPDefault.cnf",
        "SIP0011AABBCC01.cnf.xml",
        "SEP0011AABBCC01.xml",
        "SEP0011AABBCC0.cnf.xml",
        "configs/SEP0011AABBCC01.cnf.xml",
        "ATA0011AABBCC01.cnf.xml"})
    void signedEncryptedTrustListAndOtherNamesAreNeverBuilt(String requested) {
        assertEquals(Optional.empty(), ConfigName.parse(requested));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC01.cnf", "SIP0011AABBCC01.cnf"})
    void deviceFilesNameTheSepDevice(String requested) {
        assertEquals(Optional.of(CiscoFixtures.id("0011AABBCC01")), ConfigName.parse(requested).flatMap(ConfigName::deviceId));
    }
}
