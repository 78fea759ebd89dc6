package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListedDeviceTest {

    @Test
    void filesAreSortedAndCopied() {
        List<String> files = new ArrayList<>(List.of("SIP0011AABBCC01.cnf", "SEP0011AABBCC01.cnf.xml"));
        ListedDevice device = ListedDevice.of("SEP0011AABBCC01", files);
        files.clear();

        assertEquals(List.of("SEP0011AABBCC01.cnf.xml", "SIP0011AABBCC01.cnf"), device.files());
        assertEquals(Optional.empty(), device.problem());
    }

    @Test
    void refusesABlankNameAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> ListedDevice.of(" ", List.of()));
        assertThrows(NullPointerException.class, () -> ListedDevice.of(null, List.of()));
        assertThrows(NullPointerException.class, () -> new ListedDevice("SEP0011AABBCC01", List.of(), null));
    }
}
