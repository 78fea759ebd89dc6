package org.provgw.http.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.Resolution;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;

/**
 * A resolver over a directory whose files offer their channel for zero-copy, as the filesystem
 * provider's do (this module does not depend on that provider).
 */
final class DiskFiles implements FileResolver {

    private final Path root;

    DiskFiles(Path root) {
        this.root = root;
    }

    @Override
    public Resolution resolve(FileRequest request) {
        Path file = root.resolve(request.path());
        if (!Files.isRegularFile(file)) {
            return new Resolution.NotFound();
        }
        try {
            FileChannel channel = FileChannel.open(file);
            return new Resolution.Found(new ChannelBacked(channel, channel.size(),
                    Files.getLastModifiedTime(file).toInstant()), "disk");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ChannelBacked(FileChannel channel, long size, Instant lastModified) implements ProvidedFile {
        @Override
        public String version() {
            return Long.toHexString(size) + "-" + Long.toHexString(lastModified.toEpochMilli());
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            if (position >= size) {
                return -1;
            }
            return channel.read(dst, position);
        }

        @Override
        public Optional<FileChannel> fileChannel() {
            return Optional.of(channel);
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
