package org.provgw.gateway.remap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What a poll sees of a file without reading it: modification time, size and identity (inode),
 * through symbolic links, so that an edit in place, a replacement by rename and a re-pointed
 * link all count as a change.
 *
 * @param modified the modification time, or {@code null} when the file cannot be seen
 * @param size the size in bytes
 * @param identity the file key (device and inode on Linux), or {@code null}
 * @param problem why the file cannot be seen, or {@code null}
 */
record FileStamp(FileTime modified, long size, Object identity, String problem) {

    /**
     * @param file the file
     * @return its stamp; never throws
     */
    static FileStamp of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey(), null);
        } catch (NoSuchFileException e) {
            return new FileStamp(null, -1, null, "no such file");
        } catch (IOException | RuntimeException e) {
            return new FileStamp(null, -1, null, e.toString());
        }
    }

    /** @return whether the file could be seen */
    boolean visible() {
        return problem == null;
    }
}
