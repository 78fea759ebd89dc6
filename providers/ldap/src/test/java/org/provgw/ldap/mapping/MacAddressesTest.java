package org.provgw.ldap.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MacAddressesTest {

    @Test
    void searchFormsCoverEveryWrittenForm() {
        assertEquals(List.of("00:1a:2b:0c:4d:5e", "0:1a:2b:c:4d:5e", "00-1a-2b-0c-4d-5e", "0-1a-2b-c-4d-5e",
                "001a.2b0c.4d5e", "001a2b0c4d5e"), MacAddresses.searchForms("001A2B0C4D5E"));
    }

    @Test
    void formsWithoutLeadingZerosAreNotRepeated() {
        assertEquals(List.of("11:1a:2b:3c:4d:5e", "11-1a-2b-3c-4d-5e", "111a.2b3c.4d5e", "111a2b3c4d5e"),
                MacAddresses.searchForms("111A2B3C4D5E"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00:1a:2b:0c:4d:5e", "0:1a:2b:c:4d:5e", "00:1A:2B:0C:4D:5E", "00-1a-2b-0c-4d-5e",
        "0-1A-2B-C-4D-5E", "001a.2b0c.4d5e", "001A2B0C4D5E", "001a2b0c4d5e", " 00:1a:2b:0c:4d:5e "})
    void everyFormNormalisesToTwelveUppercaseDigits(String written) {
        assertEquals(Optional.of("001A2B0C4D5E"), MacAddresses.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "001A2B0C4D5", "001A2B0C4D5EF", "00:1a:2b:0c:4d", "00:1a:2b:0c:4d:5e:6f",
        "000:1a:2b:0c:4d:5e", "00:1a:2b:0c:4d:5g", "ethernet 00:1a:2b:0c:4d:5e", "*", "00:1a:2b:0c:4d:*",
        "001a.2b0c.4d5", "00:1a-2b:0c:4d:5e:", "\u0660\u0660:1a:2b:0c:4d:5e"})
    void anythingElseIsNoMac(String written) {
        assertEquals(Optional.empty(), MacAddresses.normalise(written));
    }
}
