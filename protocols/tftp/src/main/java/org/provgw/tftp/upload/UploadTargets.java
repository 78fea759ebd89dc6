package org.provgw.tftp.upload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Decides where an upload may go, with tftpd-hpa's rules: the directory must exist (nothing is
 * created), lie under the root and one of the allowed directories once symbolic links are
 * followed; a new file needs {@code create}; an existing one is refused, kept beside, or replaced
 * only when world-writable (unless {@code permissive}). Runs on a look-up thread: it touches
 * the disk.
 */
public final class UploadTargets {

    private static final Logger LOG = LogManager.getLogger(UploadTargets.class);
    /**
     * tftpd-hpa's messages for a missing file or directory and for what its account may not
     * write, so that clients read the same text; the ERROR code of the latter is 2 here, where
     * tftpd-hpa passes the failed open's errno on as ERROR 0 (provgw keeps 0 for "try again").
     */
    static final String FILE_NOT_FOUND = "File not found";
    static final String PERMISSION_DENIED = "Permission denied";
    /** Linux NAME_MAX, in bytes. */
    private static final int MAX_NAME_BYTES = 255;
    private static final Set<PosixFilePermission> READ_WRITE_ALL = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final UploadConfig config;
    private final boolean posix;

    /** @param config the validated settings */
    public UploadTargets(UploadConfig config) {
        this.config = config;
        this.posix = config.root().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * @param path the normalized request path (after rewriting), relative to the root
     * @param declaredSize the size the client announced, or -1
     * @return where the upload goes
     * @throws UploadRefused with the error to answer when it may not go anywhere
     */
    public UploadTarget resolve(String path, long declaredSize) throws UploadRefused {
        if (declaredSize > config.maxBytes()) {
            throw UploadRefused.tooLarge(config.maxSize());
        }
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        Path directory = directory(slash < 0 ? "" : path.substring(0, slash));
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw UploadRefused.denied("file name too long");
        }
        Path file;
        try {
            file = directory.resolve(name);
        } catch (InvalidPathException e) {
            throw UploadRefused.denied("file name not allowed here");
        }
        Optional<BasicFileAttributes> existing = attributes(file);
        Optional<Set<PosixFilePermission>> permissions;
        if (existing.isEmpty()) {
            if (!config.create()) {
                throw UploadRefused.notFound(FILE_NOT_FOUND);
            }
            permissions = newFilePermissions();
        } else {
            permissions = existingFile(file, existing.get());
        }
        checkSpace(directory, declaredSize);
        return new UploadTarget(directory, name, path, permissions);
    }

    private Path directory(String relative) throws UploadRefused {
        Path real;
        try {
            real = (relative.isEmpty() ? config.root() : config.root().resolve(relative)).toRealPath();
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw UploadRefused.notFound(FILE_NOT_FOUND);
        } catch (InvalidPathException e) {
            throw UploadRefused.denied("file name not allowed here");
        } catch (AccessDeniedException e) {
            throw UploadRefused.denied(PERMISSION_DENIED);
        } catch (IOException e) {
            LOG.warn("cannot resolve upload directory {} under {}: {}", relative, config.root(), e.toString());
            throw UploadRefused.failed("cannot resolve the directory");
        }
        if (!Files.isDirectory(real)) {
            throw UploadRefused.notFound(FILE_NOT_FOUND);
        }
        if (!real.startsWith(config.root()) || config.allow().stream().noneMatch(real::startsWith)) {
            throw UploadRefused.denied("uploads to this directory are not allowed");
        }
        return real;
    }

    private Optional<Set<PosixFilePermission>> existingFile(Path file, BasicFileAttributes attributes)
            throws UploadRefused {
        if (!attributes.isRegularFile()) {
            // a symbolic link is refused rather than followed or replaced: which one the client
            // meant is not ours to guess
            throw UploadRefused.denied(attributes.isDirectory() ? "Is a directory" : "not a regular file");
        }
        switch (config.overwrite()) {
            case REFUSE:
                throw UploadRefused.exists();
            case KEEP_BOTH:
                return newFilePermissions();
            default:
                break;
        }
        // tftpd-hpa opens the file for writing as its account, so with -p that account's own
        // permissions decide; the rename would otherwise replace a file the account may not write
        // (a root-owned firmware file in a directory the service owns).
        if (!Files.isWritable(file)) {
            throw UploadRefused.denied(PERMISSION_DENIED);
        }
        if (attributes instanceof PosixFileAttributes posix) {
            if (!config.permissive() && !posix.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
                throw UploadRefused.denied("File must have global write permissions");
            }
            return Optional.of(posix.permissions()); // the replacement keeps the mode, as in-place writing would
        }
        if (!config.permissive()) {
            throw UploadRefused.denied("File must have global write permissions");
        }
        return Optional.empty();
    }

    /** {@code 0666 & ~umask}. */
    private Optional<Set<PosixFilePermission>> newFilePermissions() {
        if (!posix) {
            return Optional.empty();
        }
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : READ_WRITE_ALL) {
            if ((config.umask() & bit(p)) == 0) {
                permissions.add(p);
            }
        }
        return Optional.of(permissions);
    }

    private static int bit(PosixFilePermission permission) {
        return 1 << (8 - permission.ordinal());
    }

    private Optional<BasicFileAttributes> attributes(Path file) throws UploadRefused {
        try {
            return Optional.of(posix
                    ? Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    : Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read the attributes of {}: {}", file, e.toString());
            throw UploadRefused.failed("cannot read the existing file");
        }
    }

    private static void checkSpace(Path directory, long declaredSize) throws UploadRefused {
        if (declaredSize <= 0) {
            return;
        }
        try {
            if (Files.getFileStore(directory).getUsableSpace() < declaredSize) {
                throw UploadRefused.diskFull();
            }
        } catch (IOException e) {
            LOG.debug("cannot read the free space of {}: {}", directory, e.toString());
        }
    }
}
