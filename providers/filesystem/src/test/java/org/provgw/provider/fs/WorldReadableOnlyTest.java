package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.provgw.provider.fs.TestProviders.fetch;
import static org.provgw.provider.fs.TestProviders.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;
import org.provgw.provider.InvalidSettingException;

/**
 * {@code world-readable-only}: tftpd-hpa without {@code -p} serves a file only when its mode lets
 * anyone read it, whoever the server runs as (an upload stored with {@code -U 077} stays private).
 * The mode decides, not the account, so this holds when the tests run as root too.
 */
class WorldReadableOnlyTest {

    @TempDir
    Path root;

    @Test
    void servesOnlyFilesEveryoneMayRead() throws Exception {
        write(root, "public.xml", "public");
        Files.setPosixFilePermissions(write(root, "owner-only.log", "private"),
                PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(write(root, "group.log", "group"), PosixFilePermissions.fromString("rw-r-----"));
        Files.createSymbolicLink(root.resolve("link-to-private"), root.resolve("owner-only.log"));
        try (FileProvider provider = create(true)) {
            assertEquals(Optional.of("public"), fetch(provider, "public.xml"));
            assertEquals(Optional.empty(), fetch(provider, "owner-only.log"));
            assertEquals(Optional.empty(), fetch(provider, "group.log"));
            assertEquals(Optional.empty(), fetch(provider, "link-to-private"), "the file's mode counts, not the link's");
        }
        try (FileProvider provider = create(false)) { // tftpd-hpa -p: the account's permissions decide
            assertEquals(Optional.of("private"), fetch(provider, "owner-only.log"));
            assertEquals(Optional.of("group"), fetch(provider, "group.log"));
        }
    }

    @Test
    void offByDefault() throws Exception {
        Files.setPosixFilePermissions(write(root, "owner-only.log", "private"),
                PosixFilePermissions.fromString("rw-------"));
        try (FileProvider provider = TestProviders.create(root)) {
            assertEquals(Optional.of("private"), fetch(provider, "owner-only.log"));
        }
    }

    @Test
    void rejectsAValueThatIsNotABoolean() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> TestProviders.create(root,
                Map.of("root", root.toString(), "world-readable-only", "sometimes")));
        assertTrue(e.getMessage().contains("provider.fs.world-readable-only"), e.getMessage());
    }

    private FileProvider create(boolean worldReadableOnly) throws InvalidSettingException {
        return TestProviders.create(root, Map.of("root", root.toString(), "world-readable-only",
                Boolean.toString(worldReadableOnly)));
    }
}
