package org.provgw.provider.fs.internal;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case-insensitive names of directories: lower-cased name to the name on disk, per real
 * directory path. Phones ask for many names that do not exist during a boot storm, so a miss must
 * not list the directory each time: a listing is reused while the directory's modification time
 * stays the same, and taken again when it changes (a file added, removed or renamed).
 *
 * <p>A modification time is only as fine as the file system's clock tick, so a file added in the
 * same tick as a listing would leave the time unchanged and the listing stale. A listing of a
 * directory modified less than {@link #RACY_WINDOW} before it was taken is therefore not trusted
 * and is taken again at the next miss, until the directory has been quiet for that long.
 *
 * <p>When several names differ only in case, the one that sorts first by
 * {@link String#compareTo} wins: in ASCII that is the one with the most capitals, the way
 * CallManager writes device file names ({@code SEP0011AABBCC01.cnf.xml} before
 * {@code sep0011aabbcc01.cnf.xml}). The caller tries the exact name before asking here.
 */
final class DirectoryIndex {

    /** Longer than the coarsest common tick (FAT: 2 s), so same-tick changes are caught. */
    static final Duration RACY_WINDOW = Duration.ofSeconds(3);

    private record Listing(FileTime modified, boolean trusted, Map<String, String> names) {
    }

    private final Map<Path, Listing> listings = new ConcurrentHashMap<>();

    /**
     * @param directory the real path of a directory
     * @param name a file name as requested
     * @return the name on disk that equals {@code name} ignoring case, or empty
     * @throws NoSuchFileException if the directory no longer exists
     * @throws IOException if the directory cannot be listed
     */
    Optional<String> find(Path directory, String name) throws IOException {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(directory);
        } catch (NoSuchFileException e) {
            listings.remove(directory);
            throw e;
        }
        Listing listing = listings.get(directory);
        if (listing == null || !listing.trusted() || !listing.modified().equals(modified)) {
            listing = list(directory, modified);
            listings.put(directory, listing);
        }
        return Optional.ofNullable(listing.names().get(fold(name)));
    }

    /** Forgets every listing. */
    void clear() {
        listings.clear();
    }

    private static Listing list(Path directory, FileTime modified) throws IOException {
        Instant listedAt = Instant.now();
        Map<String, String> names = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String onDisk = entry.getFileName().toString();
                names.merge(fold(onDisk), onDisk, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        boolean trusted = modified.toInstant().isBefore(listedAt.minus(RACY_WINDOW));
        return new Listing(modified, trusted, Map.copyOf(names));
    }

    private static String fold(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
