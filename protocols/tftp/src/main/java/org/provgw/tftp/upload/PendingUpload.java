package org.provgw.tftp.upload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.tftp.transfer.IoErrors;

/**
 * One upload's temporary file ({@link TempNames}) in its target directory: written block by
 * block, then on {@link #commit} synced to disk and moved into place in one step, or on
 * {@link #discard} deleted, leaving whatever file had the name untouched.
 *
 * <p>Placing never clobbers unless the policy is {@link OverwritePolicy#OVERWRITE}: a hard link
 * (which fails when the name exists) places the file under {@code refuse} and {@code keep-both},
 * a rename (which replaces atomically) under {@code overwrite}. So two uploads of one name never
 * mix their bytes: with {@code overwrite} the last to complete wins, with {@code refuse} the
 * second is refused, with {@code keep-both} each gets its own name.
 *
 * <p>Threads: {@link #write} on the transfer's loop; {@link #commit} and {@link #discard} on
 * look-up threads, and {@link #discard} may come while a commit runs (the transfer was ended):
 * then the commit deletes the file instead of placing it.
 */
public final class PendingUpload {

    private static final Logger LOG = LogManager.getLogger(PendingUpload.class);
    /** Suffixes tried by keep-both before the upload is refused as "file already exists". */
    static final int MAX_SUFFIX = 9999;
    private static final int NAME_ATTEMPTS = 3;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private enum State { OPEN, COMMITTING, COMMITTED, DISCARDED }

    private final UploadTarget target;
    private final OverwritePolicy policy;
    private final Path root;
    private final Path temp;
    private final FileChannel channel;
    private State state = State.OPEN;
    private boolean discardRequested;

    private PendingUpload(UploadTarget target, OverwritePolicy policy, Path root, Path temp, FileChannel channel) {
        this.target = target;
        this.policy = policy;
        this.root = root;
        this.temp = temp;
        this.channel = channel;
    }

    /**
     * Creates the temporary file, readable and writable by its owner only until it is placed.
     *
     * @param target where the upload goes
     * @param config the settings (policy, root)
     * @return the open upload
     * @throws UploadRefused if the directory cannot take a new file
     */
    public static PendingUpload create(UploadTarget target, UploadConfig config) throws UploadRefused {
        FileAttribute<?>[] privateMode = target.permissions().isPresent()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        for (int attempt = 1; ; attempt++) {
            Path temp = target.directory().resolve(TempNames.next());
            try {
                FileChannel channel = FileChannel.open(temp,
                        EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), privateMode);
                return new PendingUpload(target, config.overwrite(), config.root(), temp, channel);
            } catch (FileAlreadyExistsException e) {
                if (attempt == NAME_ATTEMPTS) {
                    throw UploadRefused.failed("cannot create the file");
                }
            } catch (AccessDeniedException e) {
                // tftpd-hpa writes a world-writable file in place and needs no more; the temporary
                // file that keeps the old content whole needs the directory too
                LOG.warn("upload of {} refused: the server's account may not create files in {}", target.name(),
                        target.directory());
                throw UploadRefused.denied(UploadTargets.PERMISSION_DENIED);
            } catch (IOException e) {
                if (IoErrors.isDiskFull(e)) {
                    throw UploadRefused.diskFull();
                }
                LOG.warn("cannot create an upload file in {}: {}", target.directory(), e.toString());
                throw UploadRefused.failed("cannot create the file");
            }
        }
    }

    /** @return where the upload goes */
    public UploadTarget target() {
        return target;
    }

    /** @return the temporary file */
    public Path temporaryFile() {
        return temp;
    }

    /**
     * Appends bytes (the page cache absorbs them; nothing is synced here).
     *
     * @param bytes from position to limit; consumed
     * @throws IOException if the file system refuses them
     */
    public void write(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /**
     * Syncs the file to disk, gives it its final mode and places it under its name (or the next
     * free keep-both name), then syncs the directory so that the name survives a crash too. On
     * any failure the temporary file is deleted and the old file stays as it was.
     *
     * @return the path the file was stored as, relative to the upload root, {@code /}-separated
     * @throws UploadRefused if the file could not be stored, or the upload was discarded meanwhile
     */
    public String commit() throws UploadRefused {
        synchronized (this) {
            if (state != State.OPEN) {
                throw UploadRefused.failed("upload ended");
            }
            state = State.COMMITTING;
        }
        Path stored;
        try {
            channel.force(true);
            channel.close();
            if (target.permissions().isPresent()) {
                Files.setPosixFilePermissions(temp, target.permissions().get());
            }
            stored = place();
        } catch (IOException e) {
            closeQuietly();
            deleteQuietly();
            setState(State.DISCARDED);
            if (IoErrors.isDiskFull(e)) {
                throw UploadRefused.diskFull();
            }
            LOG.warn("cannot store the upload {}: {}", target.file(), e.toString());
            throw UploadRefused.failed("cannot store the file");
        } catch (RuntimeException e) {
            closeQuietly();
            deleteQuietly();
            setState(State.DISCARDED);
            throw e;
        }
        syncDirectory();
        return root.relativize(stored).toString().replace('\\', '/');
    }

    /**
     * Abandons the upload: closes and deletes the temporary file. A commit in progress deletes it
     * instead of placing it, unless it has placed it already. Idempotent.
     */
    public void discard() {
        synchronized (this) {
            if (state == State.COMMITTING) {
                discardRequested = true;
                return;
            }
            if (state != State.OPEN) {
                return;
            }
            state = State.DISCARDED;
        }
        closeQuietly();
        deleteQuietly();
    }

    /** @return true until the upload is stored or deleted (or being stored) */
    public synchronized boolean isOpen() {
        return state == State.OPEN;
    }

    /** The last moment a discard can still win; placing is a single rename or link after it. */
    private synchronized Path place() throws IOException, UploadRefused {
        if (discardRequested) {
            deleteQuietly();
            state = State.DISCARDED;
            throw UploadRefused.failed("upload ended");
        }
        Path stored = switch (policy) {
            case OVERWRITE -> Files.move(temp, target.file(), StandardCopyOption.ATOMIC_MOVE);
            case REFUSE -> placeNew(target.file());
            case KEEP_BOTH -> placeBeside();
        };
        state = State.COMMITTED;
        return stored;
    }

    private Path placeNew(Path file) throws IOException, UploadRefused {
        if (!placeWithoutReplacing(file)) {
            deleteQuietly();
            state = State.DISCARDED;
            throw UploadRefused.exists();
        }
        return file;
    }

    private Path placeBeside() throws IOException, UploadRefused {
        for (int suffix = 0; suffix <= MAX_SUFFIX; suffix++) {
            Path candidate = suffix == 0 ? target.file() : target.directory().resolve(target.name() + "." + suffix);
            if (placeWithoutReplacing(candidate)) {
                return candidate;
            }
        }
        deleteQuietly();
        state = State.DISCARDED;
        throw UploadRefused.exists();
    }

    /** @return false when the name is taken */
    private boolean placeWithoutReplacing(Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // no hard links here (FAT, some network file systems): check and rename, which leaves
            // a window of a few microseconds in which another writer's file could be replaced
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Files.move(temp, file);
            return true;
        }
        deleteQuietly();
        return true;
    }

    private void syncDirectory() {
        try (FileChannel directory = FileChannel.open(target.directory(), StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot sync directory {}: {}", target.directory(), e.toString());
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing {} failed: {}", temp, e.toString());
        }
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("cannot delete the temporary upload file {}: {}", temp, e.toString());
        }
    }

    private synchronized void setState(State newState) {
        state = newState;
    }
}
