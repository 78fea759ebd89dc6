package org.provgw.provider.fs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVersionTest {

    @TempDir
    Path directory;

    @Test
    void isHexOfSizeTimeAndIdentity() throws Exception {
        Path file = Files.write(directory.resolve("f"), new byte[512]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000));
        String version = FileVersion.of(attributes(file));
        assertTrue(version.matches("200-3b9aca00(-[0-9a-f]+)?"), version);
        assertEquals(version, FileVersion.of(attributes(file)));
    }

    @Test
    void changesWithTheModificationTime() throws Exception {
        Path file = Files.write(directory.resolve("f"), new byte[10]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000));
        String before = FileVersion.of(attributes(file));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_001));
        assertNotEquals(before, FileVersion.of(attributes(file)));
    }

    private static BasicFileAttributes attributes(Path file) throws Exception {
        return Files.readAttributes(file, BasicFileAttributes.class);
    }
}
