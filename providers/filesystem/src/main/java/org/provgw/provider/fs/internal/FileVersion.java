package org.provgw.provider.fs.internal;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * The version of a file on disk: its size, its modification time in nanoseconds and its identity
 * (device and inode where the file system has them), in hex. The identity catches a file
 * replaced by one of the same size and time ({@code rsync -t}, {@code cp -p} then rename).
 */
final class FileVersion {

    private FileVersion() {
    }

    /**
     * @param attributes the file's attributes
     * @return {@code size-mtime[-identity]} in lowercase hex, e.g.
     *     {@code 200-18edd2ddc52f16eb-48b447d107858d7a}
     */
    static String of(BasicFileAttributes attributes) {
        StringBuilder version = new StringBuilder()
                .append(Long.toHexString(attributes.size()))
                .append('-')
                .append(Long.toHexString(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        Object fileKey = attributes.fileKey();
        if (fileKey != null) {
            version.append('-').append(Long.toHexString(hash(fileKey.toString())));
        }
        return version.toString();
    }

    /** A 64-bit FNV-1a hash: the file key's text is stable, unlike an object hash code. */
    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
