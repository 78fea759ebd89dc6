package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.provgw.provider.fs.TestProviders.fetch;
import static org.provgw.provider.fs.TestProviders.request;
import static org.provgw.provider.fs.TestProviders.write;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderException;

/** Files change under a running provider: in place, by rename, by removal, root and all. */
class ChangingFilesTest {

    @TempDir
    Path base;

    private Path root;
    private FileProvider provider;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectory(base.resolve("root"));
        provider = TestProviders.create(root);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void fileRewrittenInPlaceIsServedAtItsNewContentAndVersion() throws Exception {
        write(root, "f.txt", "first");
        String before = versionOf("f.txt");
        write(root, "f.txt", "second, longer");
        assertEquals(Optional.of("second, longer"), fetch(provider, "f.txt"));
        assertNotEquals(before, versionOf("f.txt"));
    }

    @Test
    void replacementWithTheSameSizeAndTimeGetsANewVersion() throws Exception {
        Path file = write(root, "f.txt", "aaaa");
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        assumeTrue(attributes.fileKey() != null, "this file system reports no inode");
        String before = versionOf("f.txt");
        Path temporary = write(root, "f.tmp", "bbbb");
        Files.setLastModifiedTime(temporary, attributes.lastModifiedTime());
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        assertEquals(Optional.of("bbbb"), fetch(provider, "f.txt"));
        assertNotEquals(before, versionOf("f.txt"));
    }

    @Test
    void fileTruncatedWhileOpenEndsEarlyWithoutError() throws Exception {
        byte[] original = new byte[10_000];
        Arrays.fill(original, (byte) 'x');
        Files.write(root.resolve("big.bin"), original);
        try (ProvidedFile file = provider.find(request("big.bin")).orElseThrow()) {
            Files.write(root.resolve("big.bin"), new byte[100]);
            assertEquals(10_000, file.size(), "size() is fixed when the file is opened");
            assertEquals(-1, file.read(ByteBuffer.allocate(512), 5_000));
            assertEquals(100, file.read(ByteBuffer.allocate(512), 0));
        }
    }

    @Test
    void fileGrowingWhileOpenIsReadOnlyToItsSizeAtOpen() throws Exception {
        Files.write(root.resolve("grow.bin"), new byte[1000]);
        try (ProvidedFile file = provider.find(request("grow.bin")).orElseThrow()) {
            Files.write(root.resolve("grow.bin"), new byte[5000]);
            ByteBuffer roomForAll = ByteBuffer.allocate(8192);
            assertEquals(1000, file.read(roomForAll, 0));
            assertEquals(100, file.read(roomForAll.clear(), 900));
            assertEquals(-1, file.read(roomForAll.clear(), 1000));
        }
    }

    @Test
    void removedFileIsNotFoundButAnOpenOneReadsOn() throws Exception {
        write(root, "gone.txt", "still here");
        try (ProvidedFile file = provider.find(request("gone.txt")).orElseThrow()) {
            Files.delete(root.resolve("gone.txt"));
            assertEquals(Optional.empty(), fetch(provider, "gone.txt"));
            assertArrayEquals("still here".getBytes(), TestProviders.readAll(file));
        }
    }

    @Test
    void vanishedRootIsAProviderFailureNotAMissingFile() throws Exception {
        Files.move(root, base.resolve("moved-away"));
        ProviderException e = assertThrows(ProviderException.class, () -> fetch(provider, "f.txt"));
        assertTrue(e.getMessage().contains(root.toString()), e.getMessage());
    }

    @Test
    void rootReplacedByAFileIsAProviderFailure() throws Exception {
        Files.delete(root);
        Files.writeString(root, "not a directory");
        assertThrows(ProviderException.class, () -> fetch(provider, "f.txt"));
    }

    @Test
    void unreadableFileIsNotFound() throws Exception {
        Path file = write(root, "private.txt", "private");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root?)");
        assertEquals(Optional.empty(), fetch(provider, "private.txt"));
        assertEquals(Optional.empty(), fetch(provider, "private.txt"), "asked again, still a miss");
    }

    @Test
    void fileInADirectoryThatCannotBeSearchedIsNotFound() throws Exception {
        write(root, "closed/x.txt", "hidden");
        Path closed = root.resolve("closed");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isExecutable(closed), "permissions are not enforced (root?)");
            assertEquals(Optional.empty(), fetch(provider, "closed/x.txt"));
            assertEquals(Optional.empty(), fetch(provider, "CLOSED/X.TXT"));
        } finally {
            Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void closedProviderRefusesLookUps() throws Exception {
        write(root, "f.txt", "x");
        provider.close();
        provider.close();
        assertThrows(ProviderException.class, () -> fetch(provider, "f.txt"));
    }

    private String versionOf(String name) throws Exception {
        try (ProvidedFile file = provider.find(request(name)).orElseThrow()) {
            return file.version();
        }
    }
}
