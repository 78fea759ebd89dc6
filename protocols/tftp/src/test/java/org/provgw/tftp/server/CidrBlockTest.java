package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrBlockTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.255.1.2, true",
        "10.0.0.0/8, 11.0.0.1, false",
        "192.168.4.0/22, 192.168.7.255, true",
        "192.168.4.0/22, 192.168.8.0, false",
        "192.0.2.7, 192.0.2.7, true",
        "192.0.2.7, 192.0.2.8, false",
        "0.0.0.0/0, 203.0.113.9, true",
        "0.0.0.0/0, ::1, false",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "::1, ::1, true",
        "::/0, 2001:db8::1, true",
        "::/0, 127.0.0.1, false",
        "fe80::/10, fe80::1, true",
        "127.0.0.0/8, ::ffff:127.0.0.1, true"})
    void matchesAddressesOfItsFamilyOnly(String block, String address, boolean expected) throws Exception {
        assertEquals(expected, CidrBlock.parse(block).contains(InetAddress.getByName(address)));
    }

    @Test
    void printsInTheFormItWasWritten() {
        assertEquals("10.0.0.0/8", CidrBlock.parse("10.0.0.0/8").toString());
        assertEquals("192.0.2.7/32", CidrBlock.parse("192.0.2.7").toString());
        assertEquals(128, CidrBlock.parse("::1").prefixLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0/", "10.0.0.0/33", "10.0.0.0/x", "10.0.0/8", "300.1.1.1", "::1/129",
        "phones.example.com", "abc", "10.0.0.0/8/8", "1.2.3.4.5", "2001:db8::g/32"})
    void refusesWhatIsNotABlockLiteral(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void refusesHostBitsAndNamesTheBlockMeant() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("10.1.2.3/8"));
        assertTrue(e.getMessage().contains("10.0.0.0/8"), e.getMessage());
    }

    @Test
    void anEmptyAllowlistAllowsEveryoneAndAListOnlyItsBlocks() throws Exception {
        InetAddress phone = InetAddress.getByName("10.1.2.3");
        assertTrue(Allowlist.EVERYONE.permits(phone));
        Allowlist voice = Allowlist.parse(List.of("10.1.0.0/16", "2001:db8::/32"));
        assertTrue(voice.permits(phone));
        assertTrue(voice.permits(InetAddress.getByName("2001:db8::5")));
        assertFalse(voice.permits(InetAddress.getByName("10.2.0.1")));
        assertEquals("10.1.0.0/16, 2001:db8:0:0:0:0:0:0/32", voice.toString());
    }
}
