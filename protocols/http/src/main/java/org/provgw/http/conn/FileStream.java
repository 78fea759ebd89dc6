package org.provgw.http.conn;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.provgw.provider.ProvidedFile;

/**
 * The part of a file a response still has to send, read chunk by chunk on the look-up executor
 * (a provider's read may block) while the connection's lock is not held. At most one read runs at
 * a time; the file is closed once, after the last read has returned, however the response ends.
 */
final class FileStream {

    /** Bytes read per chunk. */
    static final int CHUNK = 64 * 1024;

    private final ProvidedFile file;
    private final long end;
    private long next;
    private boolean reading;
    private boolean released;
    private boolean closed;

    FileStream(ProvidedFile file, long position, long length) {
        this.file = file;
        this.next = position;
        this.end = position + length;
    }

    /** @return whether every byte has been read */
    boolean exhausted() {
        return next >= end;
    }

    /** @return whether a read runs now */
    boolean reading() {
        return reading;
    }

    /** Marks a read as started; the caller holds the connection's lock. */
    void startRead() {
        reading = true;
    }

    /**
     * Reads the next chunk. Called without the connection's lock, between {@link #startRead} and
     * {@link #endRead}, by one thread at a time.
     *
     * @return the chunk, ready to be written
     * @throws IOException if the provider fails or the file ends early
     */
    ByteBuffer readChunk() throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK, end - next));
        long position = next;
        while (chunk.hasRemaining()) {
            int n = file.read(chunk, position);
            if (n < 0) {
                throw new IOException("the file ended " + (end - position) + " bytes early");
            }
            position += n;
        }
        return chunk.flip();
    }

    /**
     * Ends a read; the caller holds the connection's lock.
     *
     * @param advanced the bytes read, 0 after a failure
     */
    void endRead(long advanced) {
        reading = false;
        next += advanced;
        if (released) {
            close();
        }
    }

    /**
     * The response is over: close the file now, or when the running read returns. The caller
     * holds the connection's lock.
     */
    void release() {
        released = true;
        if (!reading) {
            close();
        }
    }

    private void close() {
        if (!closed) {
            closed = true;
            file.close();
        }
    }
}
