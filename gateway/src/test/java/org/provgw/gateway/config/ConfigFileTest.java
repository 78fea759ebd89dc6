package org.provgw.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.fakes.TestFiles;

class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void readsKeysInFileOrderWithCommasAndPlaceholdersUntouched() throws Exception {
        Path file = TestFiles.config(dir.resolve("provgw.properties"),
                "# comment",
                "providers = fs, db",
                "tftp.listen = 0.0.0.0:6969, [::]:6969",
                "provider.fs.root = ${sys:user.home}/tftp",
                "provider.db.name = caf\\u00e9 \\",
                "   continued");

        ConfigSource source = ConfigFile.read(file);

        assertEquals(List.of("providers", "tftp.listen", "provider.fs.root", "provider.db.name"),
                List.copyOf(source.values().keySet()));
        assertEquals("fs, db", source.values().get("providers"));
        assertEquals("0.0.0.0:6969, [::]:6969", source.values().get("tftp.listen"));
        assertEquals("${sys:user.home}/tftp", source.values().get("provider.fs.root"));
        assertEquals("café continued", source.values().get("provider.db.name"));
        assertEquals(file.toAbsolutePath().getParent(), source.baseDirectory());
    }

    @Test
    void readsUtf8AndSkipsAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.properties");
        Files.writeString(file, "\uFEFFproviders = fé\n", StandardCharsets.UTF_8);

        assertEquals(Map.of("providers", "fé"), ConfigFile.read(file).values());
    }

    @Test
    void missingFileNamesTheFile() {
        Path file = dir.resolve("absent.properties");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));

        assertEquals(file + ": configuration file not found", e.getMessage());
    }

    @Test
    void directoryIsNotAConfigurationFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(dir));

        assertEquals(dir + ": not a regular file", e.getMessage());
    }

    @Test
    void unreadableFileNamesTheFile() throws IOException {
        Path file = TestFiles.config(dir.resolve("secret.properties"), "providers = fs");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));

        assertEquals(file + ": cannot read: permission denied", e.getMessage());
    }

    @Test
    void invalidUtf8DoesNotParse() throws IOException {
        Path file = dir.resolve("latin1.properties");
        Files.write(file, "providers = f\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));

        assertEquals(file + ": does not parse: not valid UTF-8", e.getMessage());
    }

    @Test
    void badUnicodeEscapeDoesNotParseAndNamesTheLine() {
        Path file = TestFiles.config(dir.resolve("escape.properties"), "providers = fs", "tftp.listen = \\uZZ12");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));

        assertTrue(e.getMessage().startsWith(file + ": does not parse: line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("ZZ12"), e.getMessage());
    }

    @Test
    void keySetTwiceIsRefusedWithBothValues() {
        Path file = TestFiles.config(dir.resolve("twice.properties"),
                "providers = fs", "executor.threads = 4", "executor.threads = 8");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));

        assertEquals(file + ": executor.threads: is set 2 times [4, 8]; set it once", e.getMessage());
        assertEquals("executor.threads", e.key().orElseThrow());
    }

    @Test
    void includeIsRefusedInsteadOfSilentlyDropped() {
        Path file = TestFiles.config(dir.resolve("include.properties"), "providers = fs", "include = other.properties");

        ConfigException e = assertThrows(ConfigException.class, () -> ConfigFile.read(file));

        assertEquals(file + ": include = other.properties: includes are not supported: put every setting"
                + " in this file", e.getMessage());
    }
}
