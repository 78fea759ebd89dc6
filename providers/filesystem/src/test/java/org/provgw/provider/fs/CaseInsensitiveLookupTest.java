package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.provgw.provider.fs.TestProviders.fetch;
import static org.provgw.provider.fs.TestProviders.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;

/** Names missing with their exact case are found ignoring case, file and directory segments. */
class CaseInsensitiveLookupTest {

    private static final String DEVICE_FILE = "SEP0011AABBCC01.cnf.xml";

    @TempDir
    Path root;

    private FileProvider provider;

    @BeforeEach
    void start() throws Exception {
        write(root, DEVICE_FILE, "device");
        write(root, "Configs/Phones/" + DEVICE_FILE, "nested device");
        provider = TestProviders.create(root);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void fileNameIsFoundInAnyCase() throws Exception {
        assertEquals(Optional.of("device"), fetch(provider, "sep0011aabbcc01.cnf.xml"));
        assertEquals(Optional.of("device"), fetch(provider, "Sep0011AaBbCc01.CNF.XML"));
    }

    @Test
    void directorySegmentsAreFoundInAnyCase() throws Exception {
        assertEquals(Optional.of("nested device"),
                fetch(provider, "configs/PHONES/sep0011aabbcc01.cnf.xml"));
        assertEquals(Optional.of("nested device"),
                fetch(provider, "CONFIGS\\phones\\" + DEVICE_FILE));
    }

    @Test
    void exactNameWinsOverOtherCases() throws Exception {
        write(root, "dup.txt", "lower");
        write(root, "Dup.txt", "mixed");
        write(root, "DUP.txt", "upper");
        assertEquals(Optional.of("lower"), fetch(provider, "dup.txt"));
        assertEquals(Optional.of("mixed"), fetch(provider, "Dup.txt"));
        assertEquals(Optional.of("upper"), fetch(provider, "DUP.txt"));
    }

    @Test
    void withoutAnExactNameTheNameSortingFirstWins() throws Exception {
        write(root, "dup.txt", "lower");
        write(root, "Dup.txt", "mixed");
        write(root, "DUP.txt", "upper");
        assertEquals(Optional.of("upper"), fetch(provider, "dUp.txt"));
        assertEquals(Optional.of("upper"), fetch(provider, "DUP.TXT"));
    }

    @Test
    void caseSensitiveProviderFindsOnlyTheExactName() throws Exception {
        try (FileProvider exact = TestProviders.create(root,
                Map.of("root", root.toString(), "case-insensitive", "false"))) {
            assertEquals(Optional.of("device"), fetch(exact, DEVICE_FILE));
            assertEquals(Optional.empty(), fetch(exact, "sep0011aabbcc01.cnf.xml"));
            assertEquals(Optional.empty(), fetch(exact, "configs/phones/" + DEVICE_FILE));
        }
    }

    @Test
    void fileAddedAfterAMissIsFoundIgnoringCase() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "sep0011aabbcc02.cnf.xml"));
        write(root, "SEP0011AABBCC02.cnf.xml", "new device");
        assertEquals(Optional.of("new device"), fetch(provider, "sep0011aabbcc02.cnf.xml"));
    }

    @Test
    void fileAddedToASubDirectoryAfterAMissIsFoundIgnoringCase() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "configs/phones/sep0011aabbcc03.cnf.xml"));
        write(root, "Configs/Phones/SEP0011AABBCC03.cnf.xml", "new nested device");
        assertEquals(Optional.of("new nested device"),
                fetch(provider, "configs/phones/sep0011aabbcc03.cnf.xml"));
    }

    @Test
    void directoryListingIsReusedUntilTheDirectoryChanges() throws Exception {
        FileTime quiet = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(root, quiet);
        assertEquals(Optional.empty(), fetch(provider, "late.txt"));

        // Added behind the cache's back: the directory's time is put back as if unchanged.
        write(root, "LATE.txt", "late");
        Files.setLastModifiedTime(root, quiet);
        assertEquals(Optional.empty(), fetch(provider, "late.txt"), "a miss listed it again");
        assertEquals(Optional.of("late"), fetch(provider, "LATE.txt"), "exact names skip the cache");

        Files.setLastModifiedTime(root, FileTime.from(Instant.now()));
        assertEquals(Optional.of("late"), fetch(provider, "late.txt"));
    }
}
