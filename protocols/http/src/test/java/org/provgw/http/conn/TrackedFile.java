package org.provgw.http.conn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.provgw.provider.ProvidedFile;

/** An in-memory file that counts its reads and closes, and can fail a read on demand. */
class TrackedFile implements ProvidedFile {

    private final ProvidedFile content;
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    volatile boolean failReads;

    TrackedFile(byte[] bytes) {
        this.content = ProvidedFile.ofBytes(bytes, "t1", Instant.EPOCH);
    }

    @Override
    public long size() {
        return content.size();
    }

    @Override
    public String version() {
        return content.version();
    }

    @Override
    public Instant lastModified() {
        return content.lastModified();
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        reads.incrementAndGet();
        if (failReads) {
            throw new IOException("disk on fire");
        }
        return content.read(dst, position);
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }
}
