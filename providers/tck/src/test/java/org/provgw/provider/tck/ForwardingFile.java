package org.provgw.provider.tck;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;

import org.provgw.provider.ProvidedFile;

/** A file that forwards every call; the kit's own tests override one method to break it. */
class ForwardingFile implements ProvidedFile {

    protected final ProvidedFile delegate;

    ForwardingFile(ProvidedFile delegate) {
        this.delegate = delegate;
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public String version() {
        return delegate.version();
    }

    @Override
    public Instant lastModified() {
        return delegate.lastModified();
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        return delegate.read(dst, position);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
