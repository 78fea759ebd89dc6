package org.provgw.provider.fs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryIndexTest {

    @TempDir
    Path directory;

    private final DirectoryIndex index = new DirectoryIndex();

    @Test
    void findsTheNameOnDiskIgnoringCase() throws Exception {
        Files.createFile(directory.resolve("SEP0011AABBCC01.cnf.xml"));
        assertEquals(Optional.of("SEP0011AABBCC01.cnf.xml"),
                index.find(directory, "sep0011aabbcc01.CNF.xml"));
        assertEquals(Optional.empty(), index.find(directory, "sep0011aabbcc02.cnf.xml"));
    }

    @Test
    void amongCaseVariantsTheNameSortingFirstWins() throws Exception {
        Files.createFile(directory.resolve("abc"));
        Files.createFile(directory.resolve("aBc"));
        Files.createFile(directory.resolve("ABc"));
        assertEquals(Optional.of("ABc"), index.find(directory, "abC"));
    }

    @Test
    void listingOfARecentlyChangedDirectoryIsNotTrusted() throws Exception {
        // A time in the future stands for "changed in the same clock tick as the listing".
        FileTime recent = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(directory, recent);
        assertEquals(Optional.empty(), index.find(directory, "new.txt"));
        Files.createFile(directory.resolve("NEW.txt"));
        Files.setLastModifiedTime(directory, recent);
        assertEquals(Optional.of("NEW.txt"), index.find(directory, "new.txt"));
    }

    @Test
    void listingOfAQuietDirectoryIsReusedUntilItsTimeChanges() throws Exception {
        FileTime quiet = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(directory, quiet);
        assertEquals(Optional.empty(), index.find(directory, "new.txt"));
        Files.createFile(directory.resolve("NEW.txt"));
        Files.setLastModifiedTime(directory, quiet);
        assertEquals(Optional.empty(), index.find(directory, "new.txt"));
        Files.setLastModifiedTime(directory, FileTime.from(quiet.toInstant().plusSeconds(1)));
        assertEquals(Optional.of("NEW.txt"), index.find(directory, "new.txt"));
    }

    @Test
    void removedDirectoryIsReportedAsMissing() throws Exception {
        Path gone = Files.createDirectory(directory.resolve("gone"));
        index.find(gone, "x");
        Files.delete(gone);
        assertThrows(NoSuchFileException.class, () -> index.find(gone, "x"));
    }
}
