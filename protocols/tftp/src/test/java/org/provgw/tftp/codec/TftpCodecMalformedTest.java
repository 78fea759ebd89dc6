package org.provgw.tftp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provgw.tftp.packet.TftpErrorCode;

/** Malformed datagrams of every type give ERROR 4 as a checked exception, never anything else. */
class TftpCodecMalformedTest {

    static TftpProtocolException assertIllegal(byte[] datagram) {
        TftpProtocolException e = assertThrows(TftpProtocolException.class,
                () -> TftpCodec.decode(ByteBuffer.wrap(datagram)), () -> "decoding " + Bytes.hex(datagram, 64));
        assertEquals(TftpErrorCode.ILLEGAL_OPERATION, e.code());
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a message for the log");
        return e;
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("empty datagram", new byte[0]),
                Arguments.of("one byte", new byte[] {0}),
                Arguments.of("one byte, RRQ-ish", new byte[] {1}),
                Arguments.of("opcode 0", Bytes.opcode(0).str("f").str("octet").array()),
                Arguments.of("opcode 7", Bytes.opcode(7).u16(1).array()),
                Arguments.of("opcode 0x0300 (byte-swapped DATA)", Bytes.opcode(0x0300).u16(1).array()),
                Arguments.of("opcode 65535", Bytes.opcode(65535).array()),
                // RRQ and WRQ
                Arguments.of("RRQ without file name", Bytes.opcode(1).array()),
                Arguments.of("RRQ unterminated file name", Bytes.opcode(1).text("boot.cfg").array()),
                Arguments.of("RRQ without mode", Bytes.opcode(1).str("boot.cfg").array()),
                Arguments.of("RRQ unterminated mode", Bytes.opcode(1).str("boot.cfg").text("octet").array()),
                Arguments.of("RRQ unknown mode", Bytes.opcode(1).str("boot.cfg").str("binary").array()),
                Arguments.of("RRQ empty mode", Bytes.opcode(1).str("boot.cfg").str("").array()),
                Arguments.of("RRQ mode with trailing space", Bytes.opcode(1).str("f").str("octet ").array()),
                Arguments.of("RRQ unterminated option name",
                        Bytes.opcode(1).str("f").str("octet").text("blksize").array()),
                Arguments.of("RRQ unterminated option value",
                        Bytes.opcode(1).str("f").str("octet").str("blksize").text("1428").array()),
                Arguments.of("RRQ garbage after options",
                        Bytes.opcode(1).str("f").str("octet").str("tsize").str("0").text("x").array()),
                Arguments.of("RRQ file name invalid UTF-8 (bare continuation)",
                        Bytes.opcode(1).raw(0x80, 0).str("octet").array()),
                Arguments.of("RRQ file name invalid UTF-8 (truncated sequence)",
                        Bytes.opcode(1).text("a").raw(0xC3, 0).str("octet").array()),
                Arguments.of("RRQ file name invalid UTF-8 (overlong NUL)",
                        Bytes.opcode(1).raw(0xC0, 0x80, 0).str("octet").array()),
                Arguments.of("RRQ file name invalid UTF-8 (encoded surrogate)",
                        Bytes.opcode(1).raw(0xED, 0xA0, 0x80, 0).str("octet").array()),
                Arguments.of("RRQ file name invalid UTF-8 (0xFF)", Bytes.opcode(1).raw(0xFF, 0).str("octet").array()),
                Arguments.of("WRQ without file name", Bytes.opcode(2).array()),
                Arguments.of("WRQ unterminated file name", Bytes.opcode(2).text("up").array()),
                Arguments.of("WRQ unterminated mode", Bytes.opcode(2).str("up").text("oct").array()),
                Arguments.of("WRQ unknown mode", Bytes.opcode(2).str("up").str("image").array()),
                Arguments.of("WRQ invalid UTF-8 file name", Bytes.opcode(2).raw(0xFE, 0).str("octet").array()),
                Arguments.of("WRQ unterminated option value",
                        Bytes.opcode(2).str("up").str("octet").str("tsize").text("9").array()),
                // DATA, ACK, ERROR shorter than 4 bytes
                Arguments.of("DATA without block", Bytes.opcode(3).array()),
                Arguments.of("DATA with half a block", Bytes.opcode(3).raw(0).array()),
                Arguments.of("ACK without block", Bytes.opcode(4).array()),
                Arguments.of("ACK with half a block", Bytes.opcode(4).raw(1).array()),
                Arguments.of("ERROR without code", Bytes.opcode(5).array()),
                Arguments.of("ERROR with half a code", Bytes.opcode(5).raw(0).array()),
                // OACK
                Arguments.of("OACK unterminated option name", Bytes.opcode(6).text("blksize").array()),
                Arguments.of("OACK unterminated option value", Bytes.opcode(6).str("blksize").text("512").array()),
                Arguments.of("OACK garbage after options",
                        Bytes.opcode(6).str("blksize").str("512").text("tsize").array()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedDatagramIsIllegalOperation(String what, byte[] datagram) {
        assertIllegal(datagram);
    }

    @Test
    void everyUnknownOpcodeIsIllegalOperation() {
        for (int opcode = 7; opcode <= 65535; opcode++) {
            byte[] datagram = Bytes.opcode(opcode).u16(1).str("x").array();
            try {
                TftpCodec.decode(ByteBuffer.wrap(datagram));
                fail("opcode " + opcode + " decoded");
            } catch (TftpProtocolException e) {
                assertEquals(TftpErrorCode.ILLEGAL_OPERATION, e.code(), "opcode " + opcode);
            }
        }
    }

    @Test
    void unknownModeIsNamedInTheMessage() {
        TftpProtocolException e = assertIllegal(Bytes.opcode(1).str("f").str("binary").array());
        assertEquals("unknown transfer mode 'binary'", e.getMessage());
    }

    @Test
    void hostileModeIsNotEchoedRaw() {
        TftpProtocolException e = assertIllegal(Bytes.opcode(1).str("f").raw(0x1b, '[', '2', 'J', 0).array());
        assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
    }
}
