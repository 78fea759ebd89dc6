package org.provgw.provider.fs.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderException;

/**
 * Serves regular files from a root directory and its alternates, searched in order; the first
 * location that has the file answers, even when it found it ignoring case and a later location
 * has the exact name. Content is never cached: each look-up opens the file, so a file changed on
 * disk is served at its new content with a new version at the next request.
 *
 * <p>A version derives from size, modification time and inode. A file rewritten in place with the
 * same size within one tick of the file system's clock (a few milliseconds) keeps its version;
 * tools that write a new file and rename it over the old one always change it.
 */
public final class FilesystemProvider implements FileProvider {

    private static final Logger LOG = LogManager.getLogger(FilesystemProvider.class);

    private final String name;
    private final List<Location> locations;
    private final UnreadableWarnings warnings;
    private final boolean worldReadableOnly;
    private volatile boolean closed;

    /**
     * @param name the instance name, for logs and messages
     * @param settings the validated settings
     */
    public FilesystemProvider(String name, FilesystemSettings settings) {
        this.name = name;
        List<Location> all = new ArrayList<>();
        for (Path location : settings.locations()) {
            all.add(new Location(location, settings.caseInsensitive()));
        }
        this.locations = List.copyOf(all);
        this.warnings = new UnreadableWarnings(name);
        this.worldReadableOnly = settings.worldReadableOnly();
    }

    @Override
    public Optional<ProvidedFile> find(FileRequest request) throws ProviderException {
        if (closed) {
            throw new ProviderException("provider " + name + " is closed");
        }
        List<String> segments = List.of(request.path().split("/"));
        for (Location location : locations) {
            Optional<ProvidedFile> file = find(location, request.path(), segments);
            if (file.isPresent()) {
                LOG.debug("find({}) {} in {}: {}", name, request.path(), location.root(), file.get());
                return file;
            }
        }
        return Optional.empty();
    }

    private Optional<ProvidedFile> find(Location location, String path, List<String> segments)
            throws ProviderException {
        try {
            Optional<Path> real = location.resolve(segments);
            if (real.isEmpty()) {
                return Optional.empty();
            }
            if (worldReadableOnly && !worldReadable(real.get())) {
                warnings.warnNotWorldReadable(real.get().toString());
                return Optional.empty();
            }
            return FileOpener.open(real.get());
        } catch (AccessDeniedException e) {
            warnings.warn(e.getFile() != null ? e.getFile() : location.root() + "/" + path);
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed between resolving and opening
        } catch (IOException e) {
            // The message is enough to act on; the chain reports it without our stack trace.
            throw new ProviderException("provider " + name + ": cannot read " + path + " in "
                    + location.root() + ": " + e);
        }
    }

    /** tftpd-hpa's rule without -p: the mode must let anyone read the file, whoever the server runs as. */
    private static boolean worldReadable(Path real) throws IOException {
        return Files.getPosixFilePermissions(real, LinkOption.NOFOLLOW_LINKS)
                .contains(PosixFilePermission.OTHERS_READ);
    }

    @Override
    public void close() {
        closed = true;
        locations.forEach(Location::clear);
    }

    @Override
    public String toString() {
        return "FilesystemProvider[" + name + ": " + locations.size() + " location(s)]";
    }
}
