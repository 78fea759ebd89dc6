package org.provgw.provider.fs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.provider.ProviderException;

/**
 * One directory files are served from (the root or an alternate). It maps a request path to the
 * real path of an entry inside it, one segment at a time, and never leaves it: every step is
 * resolved to its real path (following symbolic links) and must still lie under the directory's
 * real path, so no name, symbolic link or encoding reaches a file outside. Only real paths are
 * descended into and listed.
 */
final class Location {

    private static final Logger LOG = LogManager.getLogger(Location.class);

    /** The longest file name common file systems store (Linux NAME_MAX, in bytes). */
    private static final int MAX_NAME_BYTES = 255;

    private final Path root;
    private final Optional<DirectoryIndex> index;

    /**
     * @param realRoot the directory's real path
     * @param caseInsensitive whether names missing with their exact case are looked up ignoring
     *     case
     */
    Location(Path realRoot, boolean caseInsensitive) {
        this.root = realRoot;
        this.index = caseInsensitive ? Optional.of(new DirectoryIndex()) : Optional.empty();
    }

    /** @return the directory's real path */
    Path root() {
        return root;
    }

    /**
     * @param segments the segments of a normalized request path, at least one
     * @return the real path of the entry the segments name, inside this location; empty when
     *     there is none, a step is not a directory, or a step leads outside
     * @throws AccessDeniedException if a step may not be read
     * @throws ProviderException if the location's directory itself is gone
     * @throws IOException if the file system fails otherwise
     */
    Optional<Path> resolve(List<String> segments) throws IOException, ProviderException {
        Optional<Path> found;
        try {
            found = walk(segments);
        } catch (NoSuchFileException e) {
            found = Optional.empty(); // removed while we looked
        }
        if (found.isEmpty() && !Files.isDirectory(root)) {
            throw new ProviderException("directory " + root + " is no longer available");
        }
        return found;
    }

    /** Forgets cached directory listings. */
    void clear() {
        index.ifPresent(DirectoryIndex::clear);
    }

    private Optional<Path> walk(List<String> segments) throws IOException {
        Path directory = root;
        for (int i = 0; i < segments.size(); i++) {
            boolean last = i == segments.size() - 1;
            Optional<Path> entry = entry(directory, segments.get(i), last);
            if (entry.isEmpty() || last) {
                return entry;
            }
            if (!Files.isDirectory(entry.get(), LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            directory = entry.get();
        }
        throw new IllegalArgumentException("a request path has at least one segment");
    }

    /** Resolves one segment in a real directory: the exact name, else the name ignoring case. */
    private Optional<Path> entry(Path directory, String segment, boolean last) throws IOException {
        if (!isPlainName(segment)) {
            return Optional.empty();
        }
        try {
            return step(directory.resolve(segment), last);
        } catch (NoSuchFileException e) {
            if (index.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> onDisk = index.get().find(directory, segment);
            if (onDisk.isEmpty() || onDisk.get().equals(segment)) {
                return Optional.empty();
            }
            return step(directory.resolve(onDisk.get()), last);
        } catch (InvalidPathException e) {
            LOG.debug("resolve({}) name not representable on this file system: {}", root, segment);
            return Optional.empty();
        }
    }

    private Optional<Path> step(Path candidate, boolean last) throws IOException {
        return last ? containedLast(candidate) : contained(candidate);
    }

    /**
     * The last step, taken with one {@code lstat} instead of a {@code realpath} (one
     * {@code readlink} per component of the whole path) when it is no symbolic link: a plain name
     * in a real directory is then its own real path. The file is opened without following links,
     * so a link swapped in afterwards is not served either.
     */
    private Optional<Path> containedLast(Path candidate) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(candidate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            throw blameDirectory(candidate.getParent(), e);
        }
        return attributes.isSymbolicLink() ? contained(candidate) : Optional.of(candidate);
    }

    /**
     * @return the real path of {@code candidate} when it lies inside this location
     * @throws NoSuchFileException if the candidate, or the target of its link, does not exist
     */
    private Optional<Path> contained(Path candidate) throws IOException {
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (NoSuchFileException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw blameDirectory(candidate.getParent(), e);
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(candidate)) { // a loop or a link through a non-directory
                LOG.debug("resolve({}) unresolvable link {}: {}", root, candidate, e.getReason());
                return Optional.empty();
            }
            throw e;
        }
        if (!real.startsWith(root)) {
            LOG.debug("resolve({}) {} leads outside to {}", root, candidate, real);
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /**
     * A directory that may not be searched denies every name in it, each case variant too: report
     * the directory, so that the operator is warned once about it rather than once per name.
     */
    private static AccessDeniedException blameDirectory(Path directory, AccessDeniedException e) {
        if (Files.isExecutable(directory)) {
            return e;
        }
        return new AccessDeniedException(directory.toString(), null, "cannot search directory");
    }

    private static boolean isPlainName(String segment) {
        return !segment.isEmpty() && !segment.equals(".") && !segment.equals("..")
                && segment.indexOf('/') < 0 && segment.indexOf('\0') < 0
                && segment.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES;
    }
}
