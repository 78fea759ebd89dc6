package org.provgw.tftp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/** Every packet type encodes to the RFC layout and decodes back to an equal value. */
class TftpCodecRoundTripTest {

    private static TftpPacket roundTrip(TftpPacket packet, byte[] expectedWire) throws Exception {
        byte[] wire = TftpCodec.toBytes(packet);
        assertArrayEquals(expectedWire, wire, () -> "wire bytes " + Bytes.hex(wire, 80));
        ByteBuffer buf = ByteBuffer.wrap(wire);
        TftpPacket decoded = TftpCodec.decode(buf);
        assertEquals(packet, decoded);
        assertEquals(buf.limit(), buf.position(), "decode consumes the whole datagram");
        return decoded;
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void readRequestWithoutOptions() throws Exception {
        ReadRequest rrq = new ReadRequest("SEP001122334455.cnf.xml", TransferMode.OCTET, Map.of());
        roundTrip(rrq, Bytes.opcode(1).str("SEP001122334455.cnf.xml").str("octet").array());
    }

    @Test
    void readRequestWithOptionsKeepsTheirOrder() throws Exception {
        ReadRequest rrq = new ReadRequest("boot/term.bin", TransferMode.OCTET,
                options("blksize", "1428", "windowsize", "16", "tsize", "0", "timeout", "3"));
        ReadRequest back = (ReadRequest) roundTrip(rrq, Bytes.opcode(1).str("boot/term.bin").str("octet")
                .str("blksize").str("1428").str("windowsize").str("16").str("tsize").str("0")
                .str("timeout").str("3").array());
        assertEquals(List.of("blksize", "windowsize", "tsize", "timeout"), List.copyOf(back.options().keySet()));
    }

    @Test
    void writeRequestWithAndWithoutOptions() throws Exception {
        roundTrip(new WriteRequest("log.txt", TransferMode.NETASCII, Map.of()),
                Bytes.opcode(2).str("log.txt").str("netascii").array());
        roundTrip(new WriteRequest("up.bin", TransferMode.OCTET, options("tsize", "12345")),
                Bytes.opcode(2).str("up.bin").str("octet").str("tsize").str("12345").array());
    }

    @Test
    void nonAsciiFileNameTravelsAsUtf8() throws Exception {
        String name = "ü/日本/\uD83D\uDCDE.cfg";
        roundTrip(new ReadRequest(name, TransferMode.OCTET, Map.of()),
                Bytes.opcode(1).str(name).str("octet").array());
    }

    @Test
    void emptyFileNameIsAValueTheServerJudges() throws Exception {
        roundTrip(new ReadRequest("", TransferMode.OCTET, Map.of()), Bytes.opcode(1).str("").str("octet").array());
    }

    @ParameterizedTest
    @CsvSource({"octet,OCTET", "OCTET,OCTET", "OcTeT,OCTET", "netascii,NETASCII", "NetAscii,NETASCII",
        "NETASCII,NETASCII", "mail,MAIL", "MAIL,MAIL"})
    void modeIsCaseInsensitive(String wire, TransferMode expected) throws Exception {
        for (int opcode = 1; opcode <= 2; opcode++) {
            var request = (org.provgw.tftp.packet.Request) TftpCodec.decode(
                    Bytes.opcode(opcode).str("f").str(wire).buffer());
            assertEquals(expected, request.mode());
        }
    }

    @Test
    void modeIsEncodedLowercase() {
        assertArrayEquals(Bytes.opcode(1).str("f").str("netascii").array(),
                TftpCodec.toBytes(new ReadRequest("f", TransferMode.NETASCII, Map.of())));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 511, 512, 513, 1428, 65464})
    void dataOfEverySize(int size) throws Exception {
        byte[] payload = new byte[size];
        new Random(size).nextBytes(payload);
        for (int block : new int[] {0, 1, 255, 256, 65535}) {
            byte[] wire = Bytes.opcode(3).u16(block).raw().array();
            byte[] expected = new byte[4 + size];
            System.arraycopy(wire, 0, expected, 0, 4);
            System.arraycopy(payload, 0, expected, 4, size);
            Data back = (Data) roundTrip(new Data(block, payload), expected);
            assertEquals(size, back.length());
            assertEquals(block, back.block());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 256, 32768, 65535})
    void ack(int block) throws Exception {
        roundTrip(new Ack(block), Bytes.opcode(4).u16(block).array());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void errorWithKnownCode(int code) throws Exception {
        TftpErrorCode known = TftpErrorCode.valueOf(code);
        ErrorPacket back = (ErrorPacket) roundTrip(new ErrorPacket(known, "why: " + code),
                Bytes.opcode(5).u16(code).str("why: " + code).array());
        assertSame(known, back.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {9, 100, 32768, 65535})
    void errorWithUnknownCodeIsAValue(int code) throws Exception {
        ErrorPacket back = (ErrorPacket) roundTrip(new ErrorPacket(TftpErrorCode.valueOf(code), "odd"),
                Bytes.opcode(5).u16(code).str("odd").array());
        assertEquals(code, back.code().code());
        assertEquals("Unknown error " + code, back.code().description());
    }

    @Test
    void errorWithEmptyMessage() throws Exception {
        roundTrip(new ErrorPacket(TftpErrorCode.FILE_NOT_FOUND, ""), Bytes.opcode(5).u16(1).str("").array());
    }

    @Test
    void errorWithDefaultDescription() throws Exception {
        roundTrip(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID),
                Bytes.opcode(5).u16(5).str("Unknown transfer ID").array());
    }

    @Test
    void optionAck() throws Exception {
        roundTrip(new OptionAck(options("blksize", "1428", "tsize", "33554432", "windowsize", "8")),
                Bytes.opcode(6).str("blksize").str("1428").str("tsize").str("33554432")
                        .str("windowsize").str("8").array());
    }

    @Test
    void emptyOptionAck() throws Exception {
        roundTrip(new OptionAck(Map.of()), Bytes.opcode(6).array());
    }

    @Test
    void encodeReturnsBufferAtPositionZero() {
        ByteBuffer buf = TftpCodec.encode(new Ack(7));
        assertEquals(0, buf.position());
        assertEquals(4, buf.remaining());
    }
}
