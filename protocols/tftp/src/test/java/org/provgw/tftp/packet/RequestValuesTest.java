package org.provgw.tftp.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests and OACKs own an immutable, ordered copy of their options. */
class RequestValuesTest {

    private static Map<String, String> ordered() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("windowsize", "4");
        map.put("blksize", "1428");
        map.put("tsize", "0");
        return map;
    }

    @Test
    void optionsAreCopiedImmutableAndOrdered() {
        Map<String, String> source = ordered();
        ReadRequest rrq = new ReadRequest("f", TransferMode.OCTET, source);
        WriteRequest wrq = new WriteRequest("f", TransferMode.OCTET, source);
        OptionAck oack = new OptionAck(source);
        source.put("timeout", "1");
        for (Map<String, String> options : List.of(rrq.options(), wrq.options(), oack.options())) {
            assertEquals(List.of("windowsize", "blksize", "tsize"), List.copyOf(options.keySet()));
            assertThrows(UnsupportedOperationException.class, () -> options.put("x", "y"));
        }
    }

    @Test
    void requestsNeedNameAndMode() {
        assertThrows(NullPointerException.class, () -> new ReadRequest(null, TransferMode.OCTET, Map.of()));
        assertThrows(NullPointerException.class, () -> new ReadRequest("f", null, Map.of()));
        assertThrows(NullPointerException.class, () -> new WriteRequest(null, TransferMode.OCTET, Map.of()));
        assertThrows(NullPointerException.class, () -> new WriteRequest("f", null, Map.of()));
    }

    @Test
    void opcodes() {
        assertEquals(TftpOpcode.RRQ, new ReadRequest("f", TransferMode.OCTET, Map.of()).opcode());
        assertEquals(TftpOpcode.WRQ, new WriteRequest("f", TransferMode.OCTET, Map.of()).opcode());
        assertEquals(TftpOpcode.OACK, new OptionAck(Map.of()).opcode());
    }

    @Test
    void optionBoundsFromTheRfcs() {
        assertEquals(8, TftpOptions.MIN_BLKSIZE);
        assertEquals(65464, TftpOptions.MAX_BLKSIZE);
        assertEquals(512, TftpOptions.DEFAULT_BLKSIZE);
    }
}
