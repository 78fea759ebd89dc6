package org.provgw.provider;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ProvidedFile#ofBytes}: the in-memory file built configuration is served from. */
class ProvidedFileTest {

    private static final byte[] CONTENT = "0123456789".getBytes(US_ASCII);
    private static final Instant BUILT = Instant.parse("2024-05-01T10:15:30Z");
    private static final byte MARK = (byte) 0xEE;

    private final ProvidedFile file = ProvidedFile.ofBytes(CONTENT, "v1", BUILT);

    private static ByteBuffer marked(int capacity) {
        ByteBuffer buffer = ByteBuffer.allocate(capacity);
        Arrays.fill(buffer.array(), MARK);
        return buffer;
    }

    private static String readText(ByteBuffer buffer, int from, int count) {
        return new String(buffer.array(), from, count, US_ASCII);
    }

    @Test
    void reportsSizeVersionAndLastModified() {
        assertEquals(10, file.size());
        assertEquals("v1", file.version());
        assertEquals(BUILT, file.lastModified());
    }

    @ParameterizedTest(name = "[{index}] at {0} -> \"{1}\"")
    @CsvSource({"0, 0123456789", "4, 456789", "9, 9"})
    void readsFromThePositionToTheEnd(long position, String expected) throws IOException {
        ByteBuffer buffer = marked(32);
        int n = file.read(buffer, position);
        assertEquals(expected.length(), n);
        assertEquals(expected.length(), buffer.position());
        assertEquals(expected, readText(buffer, 0, n));
        assertEquals(MARK, buffer.get(n), "nothing beyond the end is written");
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 11, 4096, Integer.MAX_VALUE, 1L + Integer.MAX_VALUE, Long.MAX_VALUE})
    void readAtOrBeyondTheEndIsMinusOneAndLeavesTheBuffer(long position) throws IOException {
        ByteBuffer buffer = marked(8);
        assertEquals(-1, file.read(buffer, position));
        assertEquals(0, buffer.position());
        assertEquals(8, buffer.limit());
        assertEquals(MARK, buffer.get(0));
    }

    @ParameterizedTest(name = "[{index}] {1} bytes at {0} -> \"{2}\"")
    @CsvSource({"0, 4, 0123", "3, 4, 3456", "8, 4, 89", "9, 1, 9", "0, 1, 0", "6, 4, 6789"})
    void fillsASmallBufferOnly(long position, int capacity, String expected) throws IOException {
        ByteBuffer buffer = marked(capacity);
        assertEquals(expected.length(), file.read(buffer, position));
        assertEquals(expected.length(), buffer.position());
        assertEquals(expected, readText(buffer, 0, expected.length()));
    }

    @Test
    void readsWholeFileInSmallChunks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(3);
        long position = 0;
        int reads = 0;
        for (int n; (n = file.read(buffer.clear(), position)) != -1; position += n) {
            // a read of 0 with room in the buffer would make a transfer spin forever
            assertTrue(n > 0 && n <= 3, "read " + n + " bytes at " + position);
            assertTrue(++reads <= 4, "more reads than the content needs");
            out.write(buffer.array(), 0, n);
        }
        assertArrayEquals(CONTENT, out.toByteArray());
        assertEquals(4, reads); // 3 + 3 + 3 + 1
        assertEquals(10, position);
    }

    @Test
    void writesFromTheBufferPositionUpToItsLimit() throws IOException {
        ByteBuffer buffer = marked(10);
        buffer.position(2).limit(7);
        assertEquals(5, file.read(buffer, 1));
        assertEquals(7, buffer.position());
        assertEquals(7, buffer.limit());
        assertArrayEquals(new byte[] {MARK, MARK, '1', '2', '3', '4', '5', MARK, MARK, MARK},
                buffer.array());
    }

    @Test
    void thePositionAdvancesByExactlyTheCountAtTheEnd() throws IOException {
        ByteBuffer buffer = marked(16);
        buffer.position(5);
        assertEquals(3, file.read(buffer, 7));
        assertEquals(8, buffer.position());
        assertEquals("789", readText(buffer, 5, 3));
        assertEquals(MARK, buffer.get(4));
        assertEquals(MARK, buffer.get(8));
    }

    @Test
    void readsIntoADirectBuffer() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(6);
        assertEquals(6, file.read(buffer, 2));
        byte[] got = new byte[6];
        buffer.flip().get(got);
        assertEquals("234567", new String(got, US_ASCII));
    }

    @Test
    void readsAreRepeatableAtAnyPosition() throws IOException {
        ByteBuffer first = ByteBuffer.allocate(4);
        ByteBuffer again = ByteBuffer.allocate(4);
        file.read(first, 5);
        file.read(ByteBuffer.allocate(4), 0);
        file.read(again, 5);
        assertArrayEquals(first.array(), again.array());
        assertEquals("5678", new String(again.array(), US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -10, Long.MIN_VALUE})
    void refusesANegativePosition(long position) {
        ByteBuffer buffer = marked(4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> file.read(buffer, position));
        assertEquals("negative position " + position, e.getMessage());
        assertEquals(0, buffer.position());
    }

    @Test
    void anEmptyFileHasSizeZeroAndEndsAtOnce() throws IOException {
        ProvidedFile empty = ProvidedFile.ofBytes(new byte[0], "empty", BUILT);
        assertEquals(0, empty.size());
        ByteBuffer buffer = marked(4);
        assertEquals(-1, empty.read(buffer, 0));
        assertEquals(0, buffer.position());
        assertThrows(IllegalArgumentException.class, () -> empty.read(buffer, -1));
    }

    @Test
    void refusesAnEmptyVersion() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProvidedFile.ofBytes(CONTENT, "", BUILT));
        assertEquals("a version is non-empty visible ASCII without '\"': ", e.getMessage());
    }

    @Test
    void refusesNulls() {
        assertEquals("content", assertThrows(NullPointerException.class,
                () -> ProvidedFile.ofBytes(null, "v1", BUILT)).getMessage());
        assertEquals("version", assertThrows(NullPointerException.class,
                () -> ProvidedFile.ofBytes(CONTENT, null, BUILT)).getMessage());
        assertEquals("lastModified", assertThrows(NullPointerException.class,
                () -> ProvidedFile.ofBytes(CONTENT, "v1", null)).getMessage());
    }

    @Test
    void refusesAVersionThatCannotBeAnETag() {
        for (String version : new String[] {"v 1", "\"v1\"", "v1\r\nX: y", "v\u00e9", "\t"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> ProvidedFile.ofBytes(CONTENT, version, BUILT), version);
        }
    }

    @Test
    void closeIsHarmlessAndIdempotent() throws IOException {
        file.close();
        file.close();
        assertEquals(10, file.size());
        ByteBuffer buffer = ByteBuffer.allocate(10);
        assertEquals(10, file.read(buffer, 0));
        assertArrayEquals(CONTENT, buffer.array());
    }

    @Test
    void offersNoFileChannelByDefault() {
        assertTrue(file.fileChannel().isEmpty());
    }

    @Test
    void toStringShowsSizeAndVersion() {
        assertEquals("InMemoryFile[size=10, version=v1]", file.toString());
    }
}
