package org.provgw.provider.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.provgw.provider.ProvidedFile;

/**
 * The contract of a provider whose content changes while it runs (files edited on disk, device
 * records updated in a database): on top of {@link FileProviderContract}, a change is visible at
 * the next look-up with a new version, touches no other file's version, and never breaks a
 * transfer that is already running.
 *
 * <p>The kit changes the backend through {@link #change(String, byte[])}, which the implementing
 * class writes the way the backend's users do. Because tests change the backend, the
 * implementing class must give every test a fresh fixture (create it in a
 * {@code @BeforeEach} method).
 *
 * <p><b>A file open across a change.</b> A transfer that found a file before the change keeps
 * reading it. The kit requires that its {@link ProvidedFile#size()} and
 * {@link ProvidedFile#version()} do not change, and that reading it from where the transfer was
 * up to {@code size()} throws nothing and obeys the read contract (never past {@code size()},
 * never a 0-byte read into a buffer with room). The bytes may be the old or the new content, and
 * the reads may end early with {@code -1} when the content shrank; endpoints detect a short file
 * and abort that transfer, and the device asks again.
 */
public interface MutableFileProviderContract extends FileProviderContract {

    /**
     * Changes the backend so that {@code path} holds {@code newContent}, creating the file when
     * it does not exist, the way the backend's users change it (a file written on disk, a row
     * updated). It returns when the change is complete; the kit then expects the next
     * {@link org.provgw.provider.FileProvider#find} to see it.
     *
     * <p>The kit changes files right after the fixture was created and twice in a row, to a
     * content of the same size as well as of a different size. A backend that derives versions
     * from a clock with a coarse tick must still report a new version: write the change the way
     * careful users do (a file system: write a new file and rename it over the old one).
     *
     * @param path a normalized request path: a key of {@link #expectedFiles()} or
     *     {@link #addedPath()}
     * @param newContent the new content; the kit does not modify it afterwards
     * @throws Exception if the backend could not be changed; the test fails
     */
    void change(String path, byte[] newContent) throws Exception;

    /**
     * @return a normalized path that is not in {@link #expectedFiles()} (not even with different
     *     case) and that {@link #change} can create
     */
    default String addedPath() {
        return "kit-added-file.bin";
    }

    /** After a change the next find returns the new bytes and a different version. */
    @Test
    default void changedFileIsServedWithItsNewContentAndVersion() throws Exception {
        Fixture fixture = Fixture.of(this);
        String path = fixture.firstNonEmpty();
        byte[] original = fixture.content(path);
        byte[] longer = Changes.differentContent(original.length + 100, original);
        String before = versionOf(path);
        change(path, longer);
        assertServed(path, longer, before);
    }

    /** A change that keeps the size is detected as well: versions do not hang on the size alone. */
    @Test
    default void sameSizeChangesAreServedWithNewVersions() throws Exception {
        Fixture fixture = Fixture.of(this);
        String path = fixture.firstNonEmpty();
        byte[] original = fixture.content(path);
        byte[] first = Changes.differentContent(original.length, original);
        byte[] second = Changes.differentContent(original.length, original, first);
        String originalVersion = versionOf(path);
        change(path, first);
        String changed = assertServed(path, first, originalVersion);
        change(path, second);
        String changedAgain = assertServed(path, second, changed);
        assertNotEquals(originalVersion, changedAgain, "version after changing " + path + " twice");
    }

    /** A change of one file leaves the versions of all other files alone. */
    @Test
    default void otherFilesKeepTheirVersionsAfterAChange() throws Exception {
        Fixture fixture = Fixture.of(this);
        String changed = fixture.firstNonEmpty();
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : fixture.paths()) {
            before.put(path, versionOf(path));
        }
        change(changed, Changes.differentContent(10, fixture.content(changed)));
        for (String path : fixture.paths()) {
            if (!path.equals(changed)) {
                assertEquals(before.get(path), versionOf(path),
                        "version of " + path + " after " + changed + " changed");
            }
        }
    }

    /** A file created after a miss is found at the next look-up: misses are not cached for good. */
    @Test
    default void fileAddedAfterAMissIsFound() throws Exception {
        String path = addedPath();
        assertFalse(Fixture.of(this).containsIgnoringCase(path),
                "addedPath() " + path + " is in expectedFiles()");
        Optional<ProvidedFile> missing = testee().find(KitRequests.request(path));
        missing.ifPresent(ProvidedFile::close);
        assertTrue(missing.isEmpty(), "found " + path + " before it was added");
        byte[] content = Changes.differentContent(777);
        change(path, content);
        try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
            assertArrayEquals(content, Reads.readAll(file, 4096), "content of the added " + path);
        }
    }

    /** A file open while its content shrinks reads on to its end (or -1 early) without error. */
    @Test
    default void fileOpenBeforeAShrinkingChangeReadsToItsEnd() throws Exception {
        Fixture fixture = Fixture.of(this);
        String path = fixture.largest();
        byte[] original = fixture.content(path);
        readAcrossAChange(path, original, Changes.differentContent(original.length / 3, original));
    }

    /** A file open while its content grows never reads past the size it had when found. */
    @Test
    default void fileOpenBeforeAGrowingChangeNeverReadsPastItsSize() throws Exception {
        Fixture fixture = Fixture.of(this);
        String path = fixture.largest();
        byte[] original = fixture.content(path);
        byte[] longer = Changes.differentContent(original.length * 2 + 4096, original);
        readAcrossAChange(path, original, longer);
    }

    private void readAcrossAChange(String path, byte[] original, byte[] changed) throws Exception {
        try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
            long size = file.size();
            String version = file.version();
            int half = original.length / 2;
            assertArrayEquals(Arrays.copyOf(original, half), Reads.readRange(file, 0, half),
                    "first half of " + path + " before the change");
            change(path, changed);
            assertEquals(size, file.size(), "size() of an open file changed with the content");
            assertEquals(version, file.version(), "version() of an open file changed");
            long position = half;
            ByteBuffer buffer = ByteBuffer.allocate(1000);
            while (position < size) {
                buffer.clear();
                int n = Reads.checkedRead(file, buffer, position, size);
                if (n < 0) {
                    break;
                }
                position += n;
            }
            assertTrue(position <= size, "read " + position + " bytes of a file of size " + size);
        }
    }

    private String versionOf(String path) throws Exception {
        try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
            return file.version();
        }
    }

    /** @return the new version */
    private String assertServed(String path, byte[] content, String oldVersion) throws Exception {
        try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
            assertEquals(content.length, file.size(), "size() of " + path + " after the change");
            assertArrayEquals(content, Reads.readAll(file, 4096),
                    "content of " + path + " after the change");
            assertNotEquals(oldVersion, file.version(), "version() of " + path + " after a change");
            return file.version();
        }
    }
}
