package org.provgw.http.conn;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * What an {@link HttpConnection} needs from the network: queue writes without blocking, learn
 * when each one has left (through {@link HttpConnection#onSent}), pause reading, close. The MINA
 * adapter implements it over a session; tests implement it with a recording fake.
 *
 * <p>Writes are sent in the order queued; {@link HttpConnection#onSent} is called in that
 * order, once per write, unless the connection closes first.
 */
public interface Transport {

    /** What {@link #write(ByteBuffer, boolean)} returns when every byte left at once. */
    Object SENT = new Object() {
        @Override
        public String toString() {
            return "SENT";
        }
    };

    /**
     * @param bytes the bytes to send, from position to limit; not touched by the caller afterwards
     * @param nothingQueued whether every earlier write has been reported sent, so that the
     *     transport may hand the bytes to the socket at once from the calling thread, without
     *     waking the I/O thread (which then cannot reorder them)
     * @return {@link #SENT} when every byte left at once (no {@link HttpConnection#onSent}
     *     follows), or a handle that {@link HttpConnection#onSent} will be given for this write
     */
    Object write(ByteBuffer bytes, boolean nothingQueued);

    /**
     * Queues a zero-copy transfer from a file ({@code sendfile}); only called when
     * {@link #zeroCopy()} is true. The channel is not closed by the transport.
     *
     * @param channel the file
     * @param position the first byte
     * @param count how many bytes
     * @return the handle for {@link HttpConnection#onSent}
     */
    Object write(FileChannel channel, long position, long count);

    /** @return whether {@link #write(FileChannel, long, long)} may be used (plain TCP, enabled) */
    boolean zeroCopy();

    /** Stops reading from the client until {@link #resumeRead()}. */
    void suspendRead();

    /** Reads from the client again. */
    void resumeRead();

    /**
     * Ends the connection; every queued write has been sent. {@link HttpConnection#onClosed} follows.
     *
     * @param linger whether the client may still be sending (a refused request, pipelined
     *     requests not answered): then output is shut down first and input read and discarded
     *     until the client closes or the connection's linger deadline passes (so that a reset
     *     does not destroy the response before the client reads it); plain TCP only
     */
    void close(boolean linger);

    /** Ends the connection at once, dropping queued writes. {@link HttpConnection#onClosed} follows. */
    void abort();
}
