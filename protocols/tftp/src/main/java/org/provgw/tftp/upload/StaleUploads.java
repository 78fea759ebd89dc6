package org.provgw.tftp.upload;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Deletes the temporary files of uploads that a crash (or {@code kill -9}) left behind. A
 * running server deletes its own on every way an upload ends; this covers the process dying
 * mid-upload. Runs once at start, before anything is received, so no live upload is touched.
 */
public final class StaleUploads {

    private static final Logger LOG = LogManager.getLogger(StaleUploads.class);
    /** Uploads cannot nest deeper than a request name allows; this only bounds a pathological tree. */
    private static final int MAX_DEPTH = 64;

    private StaleUploads() {
    }

    /**
     * @param config the upload settings; the allowed directories are searched
     * @return how many files were deleted
     */
    public static int sweep(UploadConfig config) {
        int[] deleted = {0};
        for (Path directory : config.allow()) {
            if (config.allow().stream().anyMatch(other -> !other.equals(directory) && directory.startsWith(other))) {
                continue; // searched as part of the directory that holds it
            }
            try {
                Files.walkFileTree(directory, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                                    throws IOException {
                                if (attributes.isRegularFile() && TempNames.isTemporary(file.getFileName().toString())
                                        && Files.deleteIfExists(file)) {
                                    deleted[0]++;
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                LOG.warn("cannot search {} for unfinished uploads: {}", directory, e.toString());
            }
        }
        if (deleted[0] > 0) {
            LOG.warn("deleted {} unfinished upload file(s) left by an earlier run under {}", deleted[0], config.root());
        }
        return deleted[0];
    }
}
