package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;

/** The factory is found by its type and refuses every wrong setting with file, key and value. */
class FilesystemProviderFactoryTest {

    @TempDir
    Path base;

    private Path root;

    @BeforeEach
    void createRoot() throws Exception {
        root = Files.createDirectory(base.resolve("tftpboot"));
        TestProviders.write(root, "f.txt", "served");
    }

    @Test
    void isFoundByServiceLoaderUnderItsType() {
        Set<String> types = ServiceLoader.load(FileProviderFactory.class).stream()
                .map(p -> p.get().type()).collect(Collectors.toSet());
        assertTrue(types.contains("filesystem"), types.toString());
    }

    @Test
    void settingKeysAreExactlyTheAcceptedKeys() {
        Set<String> expected = IntStream.rangeClosed(1, 10).mapToObj(i -> "alternate." + i)
                .collect(Collectors.toSet());
        expected.add("root");
        expected.add("case-insensitive");
        expected.add("world-readable-only");
        assertEquals(expected, new FilesystemProviderFactory().settingKeys());
    }

    @Test
    void relativeRootResolvesAgainstTheConfigurationDirectory() throws Exception {
        try (FileProvider provider = TestProviders.create(base, Map.of("root", "tftpboot"))) {
            assertEquals(Optional.of("served"), TestProviders.fetch(provider, "f.txt"));
        }
    }

    @Test
    void rootThatIsASymbolicLinkIsServed() throws Exception {
        Path link = Files.createSymbolicLink(base.resolve("link"), root);
        try (FileProvider provider = TestProviders.create(base, Map.of("root", link.toString()))) {
            assertEquals(Optional.of("served"), TestProviders.fetch(provider, "f.txt"));
        }
    }

    @Test
    void missingRootIsRefused() {
        InvalidSettingException e = refused(Map.of("case-insensitive", "true"));
        assertEquals("provider.fs.root", e.key());
        assertNull(e.value());
        String message = e.getMessage();
        assertTrue(message.contains(TestProviders.SOURCE) && message.contains("provider.fs.root"),
                message);
    }

    @Test
    void rootThatDoesNotExistIsRefused() {
        assertRefused(Map.of("root", "no-such-dir"), "root", "no-such-dir");
    }

    @Test
    void rootThatIsAFileIsRefused() {
        assertRefused(Map.of("root", "tftpboot/f.txt"), "root", "tftpboot/f.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alternate.11", "alternate.0", "alternate.01", "alternate.x",
        "alternate.", "alternate.1.1"})
    void alternateOutsideOneToTenIsRefused(String key) {
        assertRefused(Map.of("root", "tftpboot", key, "tftpboot"), key, "tftpboot");
    }

    @Test
    void gapInAlternateNumbersIsRefused() {
        InvalidSettingException e = assertRefused(
                Map.of("root", "tftpboot", "alternate.1", "tftpboot", "alternate.3", "tftpboot"),
                "alternate.3", "tftpboot");
        assertTrue(e.getMessage().contains("provider.fs.alternate.2"), e.getMessage());
    }

    @Test
    void alternateTwoWithoutOneIsRefused() {
        assertRefused(Map.of("root", "tftpboot", "alternate.2", "tftpboot"), "alternate.2", "tftpboot");
    }

    @Test
    void alternateThatDoesNotExistIsRefused() {
        assertRefused(Map.of("root", "tftpboot", "alternate.1", "gone"), "alternate.1", "gone");
    }

    @Test
    void allTenAlternatesAreAccepted() throws Exception {
        Map<String, String> values = new HashMap<>(Map.of("root", "tftpboot"));
        for (int i = 1; i <= 10; i++) {
            Path alternate = Files.createDirectory(base.resolve("alt" + i));
            TestProviders.write(alternate, "only-in-" + i + ".txt", "alternate " + i);
            values.put("alternate." + i, "alt" + i);
        }
        try (FileProvider provider = TestProviders.create(base, values)) {
            assertEquals(Optional.of("alternate 10"), TestProviders.fetch(provider, "only-in-10.txt"));
        }
    }

    @Test
    void badBooleanIsRefused() {
        assertRefused(Map.of("root", "tftpboot", "case-insensitive", "maybe"),
                "case-insensitive", "maybe");
    }

    @Test
    void unknownKeyIsRefused() {
        assertRefused(Map.of("root", "tftpboot", "rot", "x"), "rot", "x");
    }

    private InvalidSettingException assertRefused(Map<String, String> values, String key,
                                                  String value) {
        InvalidSettingException e = refused(values);
        assertEquals(TestProviders.PREFIX + key, e.key());
        assertEquals(value, e.value());
        assertEquals(TestProviders.SOURCE, e.source());
        String message = e.getMessage();
        assertTrue(message.contains(TestProviders.SOURCE)
                && message.contains(TestProviders.PREFIX + key) && message.contains(value), message);
        return e;
    }

    private InvalidSettingException refused(Map<String, String> values) {
        return assertThrows(InvalidSettingException.class, () -> TestProviders.create(base, values));
    }
}
