package org.provgw.provider;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.Optional;

/**
 * An open file a provider answered with. It reports its size up front and reads at any position,
 * so TFTP can re-send any block and HTTP can send {@code Content-Length} and byte ranges without
 * buffering the file.
 *
 * <p>Instances are used by one transfer at a time but {@link #read} must be safe to call from
 * different threads one after another. The endpoint that received it closes it exactly once when
 * the transfer ends, however it ends.
 */
public interface ProvidedFile extends AutoCloseable {

    /**
     * @return the exact number of bytes the file holds, {@code >= 0}; a zero-length file is a
     *     valid file. Fixed for the life of this handle, even if the backing store changes.
     */
    long size();

    /**
     * An opaque token that changes whenever the content changes and stays the same while it does
     * not: HTTP uses it as a strong ETag, logs print it.
     *
     * @return the version, never {@code null} or empty; visible ASCII (0x21–0x7E) without
     *     {@code "}, so that it can be quoted as an ETag; fixed for the life of this handle
     */
    String version();

    /**
     * @return when the content last changed, never {@code null}; HTTP sends it as
     *     {@code Last-Modified}
     */
    Instant lastModified();

    /**
     * Reads bytes starting at {@code position} into {@code dst}, like
     * {@link java.nio.channels.FileChannel#read(ByteBuffer, long)}.
     *
     * @param dst the buffer to fill from its position up to its limit
     * @param position the file offset to read from, {@code >= 0}
     * @return the number of bytes read, at least 1 when {@code dst} has room and
     *     {@code position < size()} (never 0, or a caller would spin), or {@code -1} when
     *     {@code position >= size()}; never bytes beyond {@code size()}
     * @throws IOException if the backing store fails; the endpoint aborts the transfer
     * @throws IllegalArgumentException if {@code position} is negative
     */
    int read(ByteBuffer dst, long position) throws IOException;

    /**
     * The file's content as an open {@link FileChannel}, for endpoints that can hand a file to the
     * kernel without copying it through the JVM ({@code sendfile(2)} through
     * {@link FileChannel#transferTo}). Optional: the default is empty, and endpoints then use
     * {@link #read}; a provider that serves a file on disk may return the channel it reads from.
     *
     * <p>The channel belongs to this file: callers use only positional methods
     * ({@code transferTo(position, count, target)}, {@code read(dst, position)}), never change its
     * position, never close it, and never use it after {@link #close()}. They read only within
     * {@code [0, size())}: the channel may be longer if the file grew after it was opened, or
     * shorter if it shrank, in which case a transfer ends early and the endpoint aborts the
     * response, as it does when {@link #read} returns {@code -1} early.
     *
     * @return the channel holding this file's bytes at the same offsets, or empty
     */
    default Optional<FileChannel> fileChannel() {
        return Optional.empty();
    }

    /** Releases what the file holds (a file descriptor, a pooled buffer). Idempotent. */
    @Override
    void close();

    /**
     * A file held in memory, as built configuration files are.
     *
     * @param content the bytes; the array is not copied and must not be changed afterwards
     * @param version the version token (see {@link #version()}); anything else than visible ASCII
     *     without {@code "} is refused with {@link IllegalArgumentException}
     * @param lastModified when the content was built
     * @return a file reading from {@code content}
     */
    static ProvidedFile ofBytes(byte[] content, String version, Instant lastModified) {
        return new InMemoryFile(content, version, lastModified);
    }
}
