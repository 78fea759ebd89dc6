package org.provgw.provider.fs.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.provider.ProvidedFile;

/**
 * A file on disk, open for one transfer. Its size is fixed when it is opened: reads stop there
 * even if the file grows, and end early with -1 if it shrinks. Positional reads on a
 * {@link FileChannel} are safe from any thread. A thread interrupted while reading closes the
 * channel (NIO's rule), which ends this transfer only: every look-up opens its own channel.
 */
final class ChannelFile implements ProvidedFile {

    private static final Logger LOG = LogManager.getLogger(ChannelFile.class);

    private final FileChannel channel;
    private final long size;
    private final String version;
    private final Instant lastModified;

    ChannelFile(FileChannel channel, long size, String version, Instant lastModified) {
        this.channel = channel;
        this.size = size;
        this.version = version;
        this.lastModified = lastModified;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Instant lastModified() {
        return lastModified;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("negative position " + position);
        }
        if (position >= size) {
            return -1;
        }
        long left = size - position;
        if (dst.remaining() <= left) {
            return channel.read(dst, position);
        }
        int limit = dst.limit();
        dst.limit(dst.position() + (int) left);
        try {
            return channel.read(dst, position);
        } finally {
            dst.limit(limit);
        }
    }

    /** The channel reads come from, for zero-copy transfers by endpoints that can use one. */
    @Override
    public Optional<FileChannel> fileChannel() {
        return Optional.of(channel);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was written, so nothing is lost; the descriptor is released regardless.
            LOG.debug("close() of a file of version {} failed: {}", version, e.toString());
        }
    }

    @Override
    public String toString() {
        return "ChannelFile[size=" + size + ", version=" + version + "]";
    }
}
