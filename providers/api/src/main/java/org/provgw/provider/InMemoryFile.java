package org.provgw.provider;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Objects;

/** {@link ProvidedFile#ofBytes}: an immutable byte array; closing it does nothing. */
record InMemoryFile(byte[] content, String version, Instant lastModified) implements ProvidedFile {

    InMemoryFile {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(lastModified, "lastModified");
        if (version.isEmpty() || !version.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"')) {
            throw new IllegalArgumentException("a version is non-empty visible ASCII without '\"': " + version);
        }
    }

    @Override
    public long size() {
        return content.length;
    }

    @Override
    public int read(ByteBuffer dst, long position) {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        if (position >= content.length) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), content.length - position);
        dst.put(content, (int) position, n);
        return n;
    }

    @Override
    public void close() {
        // nothing is held
    }

    @Override
    public String toString() {
        return "InMemoryFile[size=" + content.length + ", version=" + version + "]";
    }
}
