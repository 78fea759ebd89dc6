package org.provgw.tftp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;

/** The allocation-free hot-path helpers agree with the codec, including block-number rollover. */
class WireTest {

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "255,255", "256,256", "65535,65535", "65536,0", "65537,1", "131071,65535",
        "4294971956,4660"})
    void dataHeaderKeepsTheLow16BitsOfTheBlock(long block, int onWire) throws Exception {
        byte[] packet = {9, 9, 9, 9, 42};
        Wire.putDataHeader(packet, block);
        assertArrayEquals(new byte[] {0, 3, (byte) (onWire >>> 8), (byte) onWire, 42}, packet);
        assertEquals(new Data(onWire, new byte[] {42}), TftpCodec.decode(ByteBuffer.wrap(packet)));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "65535,65535", "65536,0", "65537,1", "4294971956,4660"})
    void ackKeepsTheLow16BitsOfTheBlock(long block, int onWire) throws Exception {
        byte[] packet = new byte[4];
        Wire.putAck(packet, block);
        assertArrayEquals(new byte[] {0, 4, (byte) (onWire >>> 8), (byte) onWire}, packet);
        assertEquals(new Ack(onWire), TftpCodec.decode(ByteBuffer.wrap(packet)));
    }

    @Test
    void opcodeOfShortDatagramIsMinusOne() {
        assertEquals(-1, Wire.opcode(ByteBuffer.allocate(0)));
        assertEquals(-1, Wire.opcode(ByteBuffer.wrap(new byte[] {3})));
    }

    @Test
    void opcodeAndBlockReadAtThePositionWithoutMovingIt() {
        ByteBuffer buf = ByteBuffer.wrap(new byte[] {7, 7, 0, 3, (byte) 0xFF, (byte) 0xFE, 1});
        buf.position(2);
        assertEquals(3, Wire.opcode(buf));
        assertEquals(65534, Wire.block(buf));
        assertEquals(2, buf.position());
    }

    @Test
    void opcodeIsUnsigned() {
        assertEquals(0xFF01, Wire.opcode(ByteBuffer.wrap(new byte[] {(byte) 0xFF, 1})));
    }

    @Test
    void helpersWorkOnDirectBuffers() {
        ByteBuffer direct = ByteBuffer.allocateDirect(16);
        direct.put(new byte[] {0, 3, (byte) 0x80, 1, 5}).flip();
        assertEquals(3, Wire.opcode(direct));
        assertEquals(0x8001, Wire.block(direct));
    }

    @Test
    void headerLength() {
        assertEquals(4, Wire.HEADER);
    }
}
