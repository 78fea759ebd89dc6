package org.provgw.gateway.remap;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and compiles a map file. */
final class MapFileLoader {

    /** Larger files are refused: a map file is a page of rules, not data. */
    static final long MAX_SIZE = 4 * 1024 * 1024;

    private MapFileLoader() {
    }

    /**
     * @param file the map file
     * @return its rules
     * @throws MapFileException if it cannot be read or a line is invalid
     */
    static RuleSet load(Path file) throws MapFileException {
        return MapFileParser.parse(read(file), file.toString());
    }

    /**
     * @param file the map file
     * @return its bytes
     * @throws MapFileException if it is missing, not a regular file, too large or unreadable
     */
    static byte[] read(Path file) throws MapFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new MapFileException(Files.exists(file) ? "not a regular file" : "no such file", null);
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new MapFileException("larger than " + MAX_SIZE + " bytes", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MapFileException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new MapFileException("cannot read: permission denied", e);
        } catch (IOException e) {
            throw new MapFileException("cannot read: " + e.getMessage(), e);
        }
    }
}
