package org.provgw.tftp.upload;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Where one upload goes, as decided when its request arrived.
 *
 * @param directory the real path of the directory it lands in
 * @param name the file name in it
 * @param requestPath the normalized request path, for the access log
 * @param permissions the mode the stored file gets ({@code 0666 & ~umask}, or the mode of the
 *     file it replaces); empty on a file system without POSIX permissions
 */
public record UploadTarget(Path directory, String name, String requestPath,
                           Optional<Set<PosixFilePermission>> permissions) {

    /** @return the file the upload is stored as, before any keep-both suffix */
    public Path file() {
        return directory.resolve(name);
    }
}
