package org.provgw.cisco.serve;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.provgw.provider.ProvidedFile;

/**
 * One built file: immutable bytes and their version, the first 128 bits of their SHA-256 in hex
 * (so equal bytes always carry the same version, on every gateway sharing a database, and the
 * version is a valid strong ETag).
 *
 * @param content the bytes; never changed after construction, never handed out for writing
 * @param version the content digest
 * @param lastModified when these bytes were first built
 */
public record BuiltFile(byte[] content, String version, Instant lastModified) {

    private static final int VERSION_BYTES = 16;

    /** @throws NullPointerException if an argument is {@code null} */
    public BuiltFile {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /**
     * @param content freshly rendered bytes, not changed afterwards
     * @param now the build time
     * @param previous what was served for the same name before, if anything
     * @return the file; the previous one itself when the bytes did not change, so that its
     *     version and last-modified time carry over
     */
    public static BuiltFile of(byte[] content, Instant now, Optional<BuiltFile> previous) {
        String version = digest(content);
        if (previous.isPresent() && previous.get().version.equals(version)) {
            return previous.get();
        }
        return new BuiltFile(content, version, now);
    }

    /** @return a handle reading these bytes; closing it frees nothing */
    public ProvidedFile open() {
        return ProvidedFile.ofBytes(content, version, lastModified);
    }

    private static String digest(byte[] content) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(sha, 0, VERSION_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuiltFile f && f.version.equals(version) && f.lastModified.equals(lastModified);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "BuiltFile[size=" + content.length + ", version=" + version + "]";
    }
}
