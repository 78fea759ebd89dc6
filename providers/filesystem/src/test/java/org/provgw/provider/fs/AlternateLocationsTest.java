package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.provgw.provider.fs.TestProviders.fetch;
import static org.provgw.provider.fs.TestProviders.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;

/** The root is searched first, then alternate.1, alternate.2 …; the first hit wins. */
class AlternateLocationsTest {

    @TempDir
    Path base;

    private Path root;
    private Path alt1;
    private Path alt2;
    private FileProvider provider;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectory(base.resolve("root"));
        alt1 = Files.createDirectory(base.resolve("alt1"));
        alt2 = Files.createDirectory(base.resolve("alt2"));
        write(root, "a.txt", "root a");
        write(alt1, "a.txt", "alt1 a");
        write(alt1, "b.txt", "alt1 b");
        write(alt2, "b.txt", "alt2 b");
        write(alt2, "c.txt", "alt2 c");
        write(alt2, "sub/d.txt", "alt2 d");
        provider = TestProviders.create(root, alt1, alt2);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void rootWinsOverEveryAlternate() throws Exception {
        assertEquals(Optional.of("root a"), fetch(provider, "a.txt"));
    }

    @Test
    void alternatesAreSearchedInNumberOrder() throws Exception {
        assertEquals(Optional.of("alt1 b"), fetch(provider, "b.txt"));
        assertEquals(Optional.of("alt2 c"), fetch(provider, "c.txt"));
        assertEquals(Optional.of("alt2 d"), fetch(provider, "sub/d.txt"));
    }

    @Test
    void nameInNoLocationIsNotFound() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "e.txt"));
    }

    @Test
    void directoryInAnEarlierLocationDoesNotHideAFileInALaterOne() throws Exception {
        Files.createDirectory(root.resolve("c.txt"));
        assertEquals(Optional.of("alt2 c"), fetch(provider, "c.txt"));
    }

    @Test
    void earlierLocationWinsEvenWhenItMatchesOnlyIgnoringCase() throws Exception {
        write(root, "Case.txt", "root Case");
        write(alt1, "case.txt", "alt1 case");
        assertEquals(Optional.of("root Case"), fetch(provider, "case.txt"));
    }

    @Test
    void relativeAlternatesResolveAgainstTheConfigurationDirectory() throws Exception {
        try (FileProvider relative = TestProviders.create(base,
                Map.of("root", "root", "alternate.1", "alt1", "alternate.2", "./alt2/../alt2"))) {
            assertEquals(Optional.of("alt1 b"), fetch(relative, "b.txt"));
            assertEquals(Optional.of("alt2 c"), fetch(relative, "c.txt"));
        }
    }
}
