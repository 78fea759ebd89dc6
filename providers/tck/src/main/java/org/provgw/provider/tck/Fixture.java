package org.provgw.provider.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.provgw.provider.RequestPath;

/**
 * A validated, defensively copied view of {@link FileProviderContract#expectedFiles()}, so that a
 * malformed fixture fails with a message about the fixture rather than about the provider.
 */
final class Fixture {

    private final Map<String, byte[]> files;

    private Fixture(Map<String, byte[]> files) {
        this.files = files;
    }

    static Fixture of(FileProviderContract contract) {
        Map<String, byte[]> expected = contract.expectedFiles();
        assertNotNull(expected, "expectedFiles() returned null");
        assertFalse(expected.isEmpty(), "expectedFiles() is empty: the kit needs files to check");
        Map<String, byte[]> copy = new TreeMap<>();
        expected.forEach((path, content) -> {
            assertTrue(RequestPath.isNormalized(path),
                    "expectedFiles() key is not a normalized request path: " + path);
            assertNotNull(content, "expectedFiles() holds null content for " + path);
            copy.put(path, content.clone());
        });
        return new Fixture(copy);
    }

    /** @return the paths in a stable (sorted) order */
    List<String> paths() {
        return List.copyOf(files.keySet());
    }

    byte[] content(String path) {
        return files.get(path);
    }

    boolean containsIgnoringCase(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return files.keySet().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).equals(lower));
    }

    List<String> nonEmptyPaths() {
        List<String> nonEmpty = new ArrayList<>();
        files.forEach((path, content) -> {
            if (content.length > 0) {
                nonEmpty.add(path);
            }
        });
        return nonEmpty;
    }

    Optional<String> zeroLengthPath() {
        return files.entrySet().stream().filter(e -> e.getValue().length == 0)
                .map(Map.Entry::getKey).findFirst();
    }

    /** @return the first non-empty path in sorted order, the one the mutable tests change */
    String firstNonEmpty() {
        List<String> nonEmpty = nonEmptyPaths();
        if (nonEmpty.isEmpty()) {
            fail("expectedFiles() must hold at least one non-empty file");
        }
        return nonEmpty.get(0);
    }

    /** @return the largest file, first in sorted order among equals */
    String largest() {
        return files.entrySet().stream()
                .max(Comparator.<Map.Entry<String, byte[]>>comparingInt(e -> e.getValue().length)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
