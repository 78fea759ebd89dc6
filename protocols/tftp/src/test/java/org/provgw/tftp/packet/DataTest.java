package org.provgw.tftp.packet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataTest {

    @Test
    void payloadIsCopiedInAndOut() {
        byte[] source = {1, 2, 3};
        Data data = new Data(1, source);
        source[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, data.payload());
        data.payload()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, data.payload());
    }

    @Test
    void comparesByContent() {
        assertEquals(new Data(7, new byte[] {1, 2}), new Data(7, new byte[] {1, 2}));
        assertEquals(new Data(7, new byte[] {1, 2}).hashCode(), new Data(7, new byte[] {1, 2}).hashCode());
        assertNotEquals(new Data(7, new byte[] {1, 2}), new Data(8, new byte[] {1, 2}));
        assertNotEquals(new Data(7, new byte[] {1, 2}), new Data(7, new byte[] {1, 3}));
        assertNotEquals(new Data(7, new byte[] {1}), new Data(7, new byte[] {1, 0}));
    }

    @Test
    void lengthWithoutCopy() {
        assertEquals(512, new Data(1, new byte[512]).length());
        assertEquals(0, new Data(1, new byte[0]).length());
    }

    @Test
    void toStringShowsLengthNotBytes() {
        String s = new Data(3, new byte[] {65, 66, 67}).toString();
        assertEquals("Data[block=3, length=3]", s);
        assertFalse(s.contains("ABC"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65535})
    void acceptsEvery16BitBlock(int block) {
        assertEquals(block, new Data(block, new byte[0]).block());
        assertEquals(block, new Ack(block).block());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void refusesBlocksOutside16Bits(int block) {
        assertThrows(IllegalArgumentException.class, () -> new Data(block, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new Ack(block));
    }

    @Test
    void opcodes() {
        assertEquals(TftpOpcode.DATA, new Data(1, new byte[0]).opcode());
        assertEquals(TftpOpcode.ACK, new Ack(1).opcode());
    }
}
