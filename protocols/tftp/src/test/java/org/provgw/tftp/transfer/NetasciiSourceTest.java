package org.provgw.tftp.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.provider.ProvidedFile;

class NetasciiSourceTest {

    @Test
    void convertsLineFeedsAndBareCarriageReturns() throws Exception {
        assertArrayEquals("a\r\nb\r\0c\r\0\r\n".getBytes(StandardCharsets.ISO_8859_1),
                convert("a\nb\rc\r\n".getBytes(StandardCharsets.ISO_8859_1), 512));
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 10, 16, 512})
    void pairsSplitAcrossBlocksAreCompletedInTheNextBlock(int blksize) throws Exception {
        byte[] text = new byte[4000];
        Random random = new Random(blksize);
        for (int i = 0; i < text.length; i++) {
            int r = random.nextInt(10);
            text[i] = (byte) (r == 0 ? '\n' : r == 1 ? '\r' : 'a' + r);
        }
        assertArrayEquals(reference(text), convert(text, blksize));
    }

    @Test
    void aBlockCanBeProducedAgainUntilReleased() throws Exception {
        byte[] text = "\n\n\n\n\n\n\n\n\n\n".getBytes(StandardCharsets.ISO_8859_1); // 20 bytes converted
        NetasciiSource source = new NetasciiSource(ProvidedFile.ofBytes(text, "v", Instant.EPOCH));
        ByteBuffer first = ByteBuffer.allocate(8);
        ByteBuffer again = ByteBuffer.allocate(8);
        assertEquals(8, source.fill(1, first, 8));
        assertEquals(8, source.fill(2, ByteBuffer.allocate(8), 8));
        assertEquals(8, source.fill(1, again, 8));
        assertArrayEquals(first.array(), again.array());
        source.release(2);
        assertEquals(8, source.fill(2, ByteBuffer.allocate(8), 8));
        assertEquals(4, source.fill(3, ByteBuffer.allocate(8), 8));
    }

    @Test
    void exactMultipleOfTheBlockSizeEndsWithAnEmptyBlock() throws Exception {
        NetasciiSource source = new NetasciiSource(ProvidedFile.ofBytes("abcd\n\n".getBytes(), "v", Instant.EPOCH));
        assertEquals(8, source.fill(1, ByteBuffer.allocate(8), 8));
        assertEquals(0, source.fill(2, ByteBuffer.allocate(8), 8));
    }

    private static byte[] convert(byte[] text, int blksize) throws Exception {
        NetasciiSource source = new NetasciiSource(ProvidedFile.ofBytes(text, "v", Instant.EPOCH));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer block = ByteBuffer.allocateDirect(blksize + 3);
        for (long n = 1; ; n++) {
            block.clear().position(3);
            int length = source.fill(n, block, blksize);
            assertEquals(3 + length, block.position());
            byte[] payload = new byte[length];
            block.flip().position(3);
            block.get(payload);
            out.write(payload, 0, length);
            source.release(n + 1);
            if (length < blksize) {
                return out.toByteArray();
            }
        }
    }

    private static byte[] reference(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text) {
            if (b == '\n') {
                out.write('\r');
                out.write('\n');
            } else if (b == '\r') {
                out.write('\r');
                out.write(0);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }
}
