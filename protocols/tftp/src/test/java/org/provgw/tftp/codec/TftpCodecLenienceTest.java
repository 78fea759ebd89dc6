package org.provgw.tftp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.WriteRequest;

/**
 * What the decoder accepts beyond the strict grammar, because real phones and clients send it:
 * option case, duplicates, padding, dangling names, ERROR without a terminator.
 */
class TftpCodecLenienceTest {

    private static TftpPacket decode(Bytes bytes) throws TftpProtocolException {
        ByteBuffer buf = bytes.buffer();
        TftpPacket packet = TftpCodec.decode(buf);
        assertEquals(buf.limit(), buf.position(), "decode consumes the whole datagram");
        return packet;
    }

    private static Map<String, String> rrqOptions(Bytes bytes) throws TftpProtocolException {
        return ((ReadRequest) decode(bytes)).options();
    }

    private static Bytes rrq() {
        return Bytes.opcode(1).str("f").str("octet");
    }

    @Test
    void optionNamesAreFoldedToLowercaseAndValuesKept() throws Exception {
        Map<String, String> options = rrqOptions(rrq().str("BlkSize").str("1428").str("TSIZE").str("0")
                .str("WindowSize").str("MiXeD"));
        assertEquals(List.of("blksize", "tsize", "windowsize"), List.copyOf(options.keySet()));
        assertEquals("MiXeD", options.get("windowsize"));
    }

    @Test
    void firstOfDuplicateOptionsWins() throws Exception {
        Map<String, String> options = rrqOptions(rrq().str("blksize").str("1024").str("tsize").str("0")
                .str("BLKSIZE").str("512").str("blksize").str("8"));
        assertEquals(Map.of("blksize", "1024", "tsize", "0"), options);
        assertEquals(List.of("blksize", "tsize"), List.copyOf(options.keySet()));
    }

    @Test
    void trailingNulPaddingIsIgnored() throws Exception {
        assertEquals(Map.of("blksize", "512"), rrqOptions(rrq().str("blksize").str("512").raw(0, 0, 0)));
        assertEquals(Map.of(), rrqOptions(rrq().raw(0, 0)));
    }

    @Test
    void danglingOptionNameIsIgnored() throws Exception {
        assertEquals(Map.of("blksize", "512"), rrqOptions(rrq().str("blksize").str("512").str("tsize")));
        assertEquals(Map.of(), rrqOptions(rrq().str("tsize")));
    }

    @Test
    void emptyOptionValueIsKept() throws Exception {
        assertEquals(Map.of("tsize", ""), rrqOptions(rrq().str("tsize").str("")));
    }

    @Test
    void writeRequestAndOptionAckFollowTheSameRules() throws Exception {
        WriteRequest wrq = (WriteRequest) decode(Bytes.opcode(2).str("up").str("OCTET").str("TSIZE").str("7")
                .str("tsize").str("8").str("blksize"));
        assertEquals(Map.of("tsize", "7"), wrq.options());
        OptionAck oack = (OptionAck) decode(Bytes.opcode(6).str("BLKSIZE").str("1428").str("blksize").str("8")
                .raw(0, 0));
        assertEquals(Map.of("blksize", "1428"), oack.options());
    }

    @Test
    void errorWithoutTrailingNul() throws Exception {
        assertEquals(new ErrorPacket(TftpErrorCode.FILE_NOT_FOUND, "no such file"),
                decode(Bytes.opcode(5).u16(1).text("no such file")));
        assertEquals(new ErrorPacket(TftpErrorCode.NOT_DEFINED, ""), decode(Bytes.opcode(5).u16(0)));
    }

    @Test
    void errorMessageEndsAtTheFirstNul() throws Exception {
        assertEquals(new ErrorPacket(TftpErrorCode.ACCESS_VIOLATION, "denied"),
                decode(Bytes.opcode(5).u16(2).str("denied").str("junk")));
    }

    @Test
    void errorMessageWithInvalidUtf8IsReplacedNotRefused() throws Exception {
        ErrorPacket e = (ErrorPacket) decode(Bytes.opcode(5).u16(0).raw('a', 0xFF, 'b', 0));
        assertEquals("a\uFFFDb", e.message());
    }

    @Test
    void ackWithTrailingPaddingIsTolerated() throws Exception {
        assertEquals(new Ack(3), decode(Bytes.opcode(4).u16(3).raw(0, 0)));
    }

    @Test
    void dataPayloadIsEverythingAfterTheHeader() throws Exception {
        Data data = (Data) decode(Bytes.opcode(3).u16(9).raw(0, 0, 1, 2));
        assertArrayEquals(new byte[] {0, 0, 1, 2}, data.payload());
    }

    @Test
    void decodeStartsAtThePositionOfAWrappedRegion() throws Exception {
        byte[] framed = Bytes.opcode(0x7777).u16(1).str("f").str("octet").str("blksize").str("1024").raw(0x55).array();
        ByteBuffer buf = ByteBuffer.wrap(framed, 2, framed.length - 3);
        assertEquals(new ReadRequest("f", org.provgw.tftp.packet.TransferMode.OCTET, Map.of("blksize", "1024")),
                TftpCodec.decode(buf));
        assertEquals(framed.length - 1, buf.position());
    }

    @Test
    void decodeWorksOnASliceWithAnArrayOffset() throws Exception {
        byte[] framed = Bytes.opcode(0x7777).u16(5).u16(1).str("nope").raw(0x55).array();
        ByteBuffer slice = ByteBuffer.wrap(framed, 2, framed.length - 3).slice();
        assertEquals(new ErrorPacket(TftpErrorCode.FILE_NOT_FOUND, "nope"), TftpCodec.decode(slice));
        byte[] oackFramed = Bytes.opcode(0x7777).u16(6).str("tsize").str("5").array();
        ByteBuffer oack = ByteBuffer.wrap(oackFramed, 2, oackFramed.length - 2).slice();
        assertEquals(new OptionAck(Map.of("tsize", "5")), TftpCodec.decode(oack));
    }
}
