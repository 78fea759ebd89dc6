package org.provgw.tftp.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opcodes, error codes and modes: every wire value maps to a value, unknown ones without exceptions. */
class WireCodesTest {

    @Test
    void opcodesMatchTheRfcs() {
        assertEquals(1, TftpOpcode.RRQ.code());
        assertEquals(2, TftpOpcode.WRQ.code());
        assertEquals(3, TftpOpcode.DATA.code());
        assertEquals(4, TftpOpcode.ACK.code());
        assertEquals(5, TftpOpcode.ERROR.code());
        assertEquals(6, TftpOpcode.OACK.code());
        for (TftpOpcode op : TftpOpcode.values()) {
            assertEquals(Optional.of(op), TftpOpcode.of(op.code()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 7, 256, 65535})
    void unknownOpcodeIsEmpty(int code) {
        assertTrue(TftpOpcode.of(code).isEmpty());
    }

    @Test
    void knownErrorCodesAreTheConstants() {
        TftpErrorCode[] known = {TftpErrorCode.NOT_DEFINED, TftpErrorCode.FILE_NOT_FOUND,
            TftpErrorCode.ACCESS_VIOLATION, TftpErrorCode.DISK_FULL, TftpErrorCode.ILLEGAL_OPERATION,
            TftpErrorCode.UNKNOWN_TID, TftpErrorCode.FILE_EXISTS, TftpErrorCode.NO_SUCH_USER,
            TftpErrorCode.OPTION_REFUSED};
        for (int code = 0; code < known.length; code++) {
            assertSame(known[code], TftpErrorCode.valueOf(code));
            assertEquals(code, known[code].code());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 4096, 65535, -1})
    void unknownErrorCodeIsAValue(int code) {
        TftpErrorCode value = TftpErrorCode.valueOf(code);
        assertEquals(code, value.code());
        assertEquals("Unknown error " + code, value.description());
        assertNotSame(value, TftpErrorCode.valueOf(code));
        assertEquals(value, TftpErrorCode.valueOf(code));
    }

    @Test
    void errorPacketOfUsesTheDescription() {
        ErrorPacket e = ErrorPacket.of(TftpErrorCode.FILE_NOT_FOUND);
        assertEquals("File not found", e.message());
        assertEquals(TftpOpcode.ERROR, e.opcode());
        assertThrows(NullPointerException.class, () -> new ErrorPacket(null, "x"));
        assertThrows(NullPointerException.class, () -> new ErrorPacket(TftpErrorCode.NOT_DEFINED, null));
    }

    @Test
    void modesParseInAnyCase() {
        assertEquals(Optional.of(TransferMode.OCTET), TransferMode.parse("oCtEt"));
        assertEquals(Optional.of(TransferMode.NETASCII), TransferMode.parse("NETASCII"));
        assertEquals(Optional.of(TransferMode.MAIL), TransferMode.parse("Mail"));
        assertTrue(TransferMode.parse("binary").isEmpty());
        assertTrue(TransferMode.parse("").isEmpty());
        assertTrue(TransferMode.parse("octet\0").isEmpty());
    }

    @Test
    void wireNameDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("netascii", TransferMode.NETASCII.wireName());
            assertEquals("mail", TransferMode.MAIL.wireName());
            assertEquals(Optional.of(TransferMode.NETASCII), TransferMode.parse("NETASCII"));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
