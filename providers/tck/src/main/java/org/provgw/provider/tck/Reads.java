package org.provgw.provider.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.provgw.provider.ProvidedFile;

/**
 * Reads a {@link ProvidedFile} the way endpoints do, checking the read contract on every call: a
 * read into a buffer with room returns at least one byte or {@code -1}, never more than the room,
 * never beyond {@link ProvidedFile#size()}, and advances the buffer by what it returned.
 */
final class Reads {

    private Reads() {
    }

    /** Reads the whole file from offset 0 in reads of at most {@code chunk} bytes. */
    static byte[] readAll(ProvidedFile file, int chunk) throws IOException {
        long size = file.size();
        assertTrue(size >= 0 && size <= Integer.MAX_VALUE - 8, "size() out of range: " + size);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
        ByteBuffer buffer = ByteBuffer.allocate(chunk);
        long position = 0;
        while (true) {
            buffer.clear();
            int n = checkedRead(file, buffer, position, size);
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buffer.array(), 0, n);
            position += n;
        }
    }

    /** Reads up to {@code length} bytes at {@code position}, stopping early only at end of file. */
    static byte[] readRange(ProvidedFile file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long next = position;
        while (buffer.hasRemaining()) {
            int n = checkedRead(file, buffer, next, file.size());
            if (n < 0) {
                break;
            }
            next += n;
        }
        byte[] result = new byte[buffer.position()];
        buffer.flip().get(result);
        return result;
    }

    /**
     * One read with every per-call check of the contract.
     *
     * @return what {@link ProvidedFile#read} returned
     */
    static int checkedRead(ProvidedFile file, ByteBuffer buffer, long position, long size)
            throws IOException {
        int room = buffer.remaining();
        int before = buffer.position();
        int n = file.read(buffer, position);
        if (n < 0) {
            assertEquals(-1, n, "read() must return -1 at end of file, returned " + n);
            assertEquals(before, buffer.position(), "read() returning -1 moved the buffer");
            return n;
        }
        if (n == 0 && room > 0) {
            fail("read() at " + position + " of " + size + " returned 0 into a buffer with room: "
                    + "an endpoint would spin; return at least one byte or -1");
        }
        assertTrue(n <= room, "read() returned " + n + " for a buffer with room for " + room);
        assertTrue(position + n <= size, "read() at " + position + " returned " + n
                + " bytes, past size() " + size);
        assertEquals(before + n, buffer.position(), "read() must advance the buffer by its result");
        return n;
    }
}
