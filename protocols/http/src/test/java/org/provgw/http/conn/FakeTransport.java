package org.provgw.http.conn;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A transport that records what the connection does and sends only when told to, so tests decide
 * when each write "leaves".
 */
final class FakeTransport implements Transport {

    /** One queued write: bytes, or a zero-copy file part. */
    record Write(Object handle, byte[] bytes, FileChannel channel, long position, long count) {
    }

    final List<Write> written = new ArrayList<>();
    private final ArrayDeque<Write> unsent = new ArrayDeque<>();
    private final boolean zeroCopy;
    HttpConnection connection;
    boolean readSuspended;
    Boolean closedWithLinger;
    boolean aborted;

    FakeTransport(boolean zeroCopy) {
        this.zeroCopy = zeroCopy;
    }

    /** Whether a write with nothing queued leaves at once, as the MINA transport's may. */
    boolean sendsAtOnce;

    @Override
    public synchronized Object write(ByteBuffer bytes, boolean nothingQueued) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        Write write = new Write(new Object(), copy, null, 0, 0);
        written.add(write);
        if (sendsAtOnce && nothingQueued) {
            return SENT;
        }
        unsent.add(write);
        return write.handle();
    }

    @Override
    public synchronized Object write(FileChannel channel, long position, long count) {
        Write write = new Write(new Object(), null, channel, position, count);
        written.add(write);
        unsent.add(write);
        return write.handle();
    }

    @Override
    public boolean zeroCopy() {
        return zeroCopy;
    }

    @Override
    public void suspendRead() {
        readSuspended = true;
    }

    @Override
    public void resumeRead() {
        readSuspended = false;
    }

    @Override
    public void close(boolean linger) {
        closedWithLinger = linger;
    }

    @Override
    public void abort() {
        aborted = true;
    }

    /** Reports the oldest unsent write as sent. */
    void sendOne() {
        Write write;
        synchronized (this) {
            write = unsent.poll();
        }
        if (write != null) {
            connection.onSent(write.handle());
        }
    }

    /** Reports every write as sent, including those queued meanwhile. */
    void sendAll() {
        while (unsentCount() > 0) {
            sendOne();
        }
    }

    synchronized int unsentCount() {
        return unsent.size();
    }

    /** @return every byte written so far, as text */
    synchronized String text() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Write write : written) {
            if (write.bytes() != null) {
                out.writeBytes(write.bytes());
            } else {
                out.writeBytes(("<file " + write.position() + "+" + write.count() + ">").getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** @return the body bytes written after the first head */
    synchronized long bytesWritten() {
        return written.stream().filter(w -> w.bytes() != null).mapToLong(w -> w.bytes().length).sum();
    }
}
