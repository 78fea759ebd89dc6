package org.provgw.provider.fs.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.provider.ProvidedFile;

/**
 * Opens a resolved real path as a {@link ChannelFile}, but only a regular file: the type is
 * checked before opening, because opening a FIFO for reading blocks until a writer appears, and
 * the open does not follow a symbolic link swapped in after the check.
 *
 * <p>The attributes are read before and after opening; when they differ, the file was being
 * replaced and the open is retried, so that the version matches the content read.
 */
final class FileOpener {

    private static final Logger LOG = LogManager.getLogger(FileOpener.class);
    private static final int ATTEMPTS = 3;

    private FileOpener() {
    }

    /**
     * @param real a real path inside a location
     * @return the open file, or empty when the path is not a regular file
     * @throws AccessDeniedException if the file may not be read
     * @throws NoSuchFileException if the file was removed meanwhile
     * @throws IOException if the file system fails otherwise
     */
    static Optional<ProvidedFile> open(Path real) throws IOException {
        for (int attempt = 1; ; attempt++) {
            BasicFileAttributes before = attributes(real);
            if (!before.isRegularFile()) {
                return Optional.empty();
            }
            Optional<FileChannel> opened = openWithoutFollowingLinks(real);
            if (opened.isEmpty()) {
                return Optional.empty();
            }
            FileChannel channel = opened.get();
            try {
                BasicFileAttributes after = attributes(real);
                long size = channel.size();
                String version = FileVersion.of(after);
                boolean steady = version.equals(FileVersion.of(before)) && size == after.size();
                if (steady || attempt == ATTEMPTS) {
                    return Optional.of(new ChannelFile(channel, size, version,
                            after.lastModifiedTime().toInstant()));
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            channel.close();
        }
    }

    private static Optional<FileChannel> openWithoutFollowingLinks(Path real) throws IOException {
        try {
            return Optional.of(
                    FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw e;
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(real)) {
                LOG.debug("open({}) replaced by a symbolic link: not served", real);
                return Optional.empty();
            }
            throw e;
        }
    }

    private static BasicFileAttributes attributes(Path real) throws IOException {
        return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }
}
