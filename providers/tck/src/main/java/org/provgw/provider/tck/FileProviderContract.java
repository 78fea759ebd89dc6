package org.provgw.provider.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;

/**
 * The contract every {@link FileProvider} passes: the provider TCK. A provider's test class
 * implements this interface, supplies the provider under test and the files it must serve, and
 * inherits the {@link Test} methods below (JUnit 5 runs default methods of implemented
 * interfaces).
 *
 * <pre>{@code
 * class MyProviderTest implements FileProviderContract {
 *     private MyProvider provider;
 *
 *     @BeforeEach void start() { provider = ...; }   // serving exactly expectedFiles()
 *     @AfterEach void stop() { provider.close(); }
 *
 *     @Override public FileProvider testee() { return provider; }
 *     @Override public Map<String, byte[]> expectedFiles() { return Map.of(...); }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> The kit calls {@link #testee()} and {@link #expectedFiles()} any number of
 * times during a test and expects the same provider and the same map each time. It never closes
 * the provider: the implementing class creates it (before each test, or once for the class if
 * the provider is not changed by the tests) and closes it. Every {@link ProvidedFile} the kit
 * obtains is closed by the kit.
 *
 * <p><b>What the kit requires beyond the SPI javadoc</b>, because endpoints depend on it:
 * <ul>
 *   <li>{@link ProvidedFile#read} into a buffer with room returns at least one byte or
 *       {@code -1}, never {@code 0} (an endpoint would spin), never more than the room, never
 *       past {@link ProvidedFile#size()}, and advances the buffer by exactly what it returned.</li>
 *   <li>{@link ProvidedFile#version()} is visible ASCII, {@code 0x21}–{@code 0x7E} without
 *       {@code "}, because HTTP sends it inside a strong ETag, where a space is not allowed.</li>
 *   <li>The answer for TFTP and HTTP and for any two clients is the same file. (A provider may
 *       vary HTTPS answers; the kit does not compare HTTPS.)</li>
 *   <li>Two files found for the same name are independent: closing one does not affect the
 *       other.</li>
 * </ul>
 *
 * <p>Random reads use a fixed seed ({@link #SEED}), so a failure repeats.
 *
 * @see MutableFileProviderContract for providers whose content can change while they run
 */
public interface FileProviderContract {

    /** The seed of every random choice the kit makes; printed in the messages that use it. */
    long SEED = 0x5EED_F11EL;

    /** The number of threads {@link #concurrentFindsAndReadsReturnExactBytes()} runs. */
    int THREADS = 16;

    /**
     * @return the provider under test, serving exactly {@link #expectedFiles()}; the same instance
     *     for the whole test, never {@code null}
     */
    FileProvider testee();

    /**
     * The fixture: every file the provider must serve, by normalized request path (see
     * {@link org.provgw.provider.RequestPath}), with its exact content. It must hold at least one
     * non-empty file; include a zero-length file to run the zero-length checks (they are skipped
     * otherwise), and files of several sizes (511, 512, 513 bytes, a megabyte) to exercise block
     * boundaries. The kit does not modify the arrays.
     *
     * @return the files, never {@code null} or empty
     */
    Map<String, byte[]> expectedFiles();

    /**
     * Names, as a client would send them, that the provider must answer with
     * {@code Optional.empty()}: not an exception. The default is a plain name, a device-specific
     * name of a device that does not exist, and a deep path under directories that do not exist.
     * Override to add names that matter to a backend (names that almost match a stored key);
     * each must be a legal request name that is not in {@link #expectedFiles()}, not even with
     * different case.
     *
     * @return the names, never {@code null}
     */
    default List<String> absentNames() {
        return List.of("no-such-file.bin", "SEP000000000000.cnf.xml",
                "no/such/deep/directory/tree/of/the/kit/file.cnf.xml");
    }

    /** The fixture holds a non-empty file, so that the read checks check something. */
    @Test
    default void fixtureHoldsANonEmptyFile() {
        assertFalse(Fixture.of(this).nonEmptyPaths().isEmpty(),
                "expectedFiles() must hold at least one non-empty file");
    }

    /** Every expected file is found, with its exact size. */
    @Test
    default void findsEveryExpectedFileWithItsSize() throws Exception {
        Fixture fixture = Fixture.of(this);
        for (String path : fixture.paths()) {
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                assertEquals(fixture.content(path).length, file.size(), "size() of " + path);
            }
        }
    }

    /** Reading from 0 to the end in chunks of odd sizes yields exactly the fixture bytes. */
    @Test
    default void readsEveryFileInOddSizedChunks() throws Exception {
        Fixture fixture = Fixture.of(this);
        for (String path : fixture.paths()) {
            byte[] expected = fixture.content(path);
            // Tiny chunks only on small files: a megabyte a byte at a time proves nothing more.
            int[] chunks = expected.length <= 65_536 ? new int[] {1, 7, 511, 4093, 65_537}
                    : new int[] {511, 4093, 65_537};
            for (int chunk : chunks) {
                try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                    assertArrayEquals(expected, Reads.readAll(file, chunk),
                            "content of " + path + " read in chunks of " + chunk);
                }
            }
        }
    }

    /** Reads at random offsets, in random order, on one open file, match the fixture slices. */
    @Test
    default void positionalReadsAtRandomOffsetsMatchTheFixture() throws Exception {
        Fixture fixture = Fixture.of(this);
        Random random = new Random(SEED);
        for (String path : fixture.nonEmptyPaths()) {
            byte[] expected = fixture.content(path);
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                for (int i = 0; i < 64; i++) {
                    int offset = random.nextInt(expected.length);
                    int length = 1 + random.nextInt(8192);
                    byte[] slice = Arrays.copyOfRange(expected, offset,
                            Math.min(expected.length, offset + length));
                    assertArrayEquals(slice, Reads.readRange(file, offset, length),
                            "read of " + length + " bytes at " + offset + " in " + path
                                    + " (seed " + SEED + ")");
                }
            }
        }
    }

    /** A read at {@code size()} or beyond returns -1 and leaves the buffer alone. */
    @Test
    default void readsAtOrBeyondTheSizeReturnEndOfFile() throws Exception {
        Fixture fixture = Fixture.of(this);
        for (String path : fixture.paths()) {
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                long size = file.size();
                long[] positions = {size, size + 1, size + 65_536, Long.MAX_VALUE / 2};
                for (long position : positions) {
                    ByteBuffer buffer = ByteBuffer.allocate(512);
                    assertEquals(-1, file.read(buffer, position),
                            "read at " + position + " of " + path + " (size " + size + ")");
                    assertEquals(0, buffer.position(), "a read at end of file moved the buffer");
                }
            }
        }
    }

    /** A read writes only between the buffer's position and limit. */
    @Test
    default void readFillsOnlyBetweenPositionAndLimit() throws Exception {
        Fixture fixture = Fixture.of(this);
        String path = fixture.largest();
        byte[] expected = fixture.content(path);
        try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
            byte[] backing = new byte[64];
            Arrays.fill(backing, (byte) 0x55);
            ByteBuffer buffer = ByteBuffer.wrap(backing).position(10).limit(20);
            int n = Reads.checkedRead(file, buffer, 0, file.size());
            assertEquals(Math.min(10, expected.length), n, "bytes read into a 10-byte window");
            assertArrayEquals(Arrays.copyOf(expected, n), Arrays.copyOfRange(backing, 10, 10 + n));
            for (int i = 0; i < backing.length; i++) {
                if (i < 10 || i >= 10 + n) {
                    assertEquals((byte) 0x55, backing[i], "read() wrote outside its window: " + i);
                }
            }
        }
    }

    /** A zero-length file is a file: found, size 0, first read -1. */
    @Test
    default void zeroLengthFileHasSizeZeroAndIsAtEndOfFile() throws Exception {
        Optional<String> empty = Fixture.of(this).zeroLengthPath();
        assumeTrue(empty.isPresent(), "expectedFiles() holds no zero-length file: checks skipped");
        try (ProvidedFile file = KitRequests.findExpected(testee(), empty.get())) {
            assertEquals(0, file.size(), "size() of the zero-length " + empty.get());
            assertEquals(-1, file.read(ByteBuffer.allocate(512), 0), "first read of an empty file");
        }
    }

    /** The version is a valid strong ETag value: non-empty visible ASCII without quotes. */
    @Test
    default void versionIsVisibleAsciiWithoutQuotes() throws Exception {
        for (String path : Fixture.of(this).paths()) {
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                String version = file.version();
                assertNotNull(version, "version() of " + path);
                assertFalse(version.isEmpty(), "version() of " + path + " is empty");
                assertTrue(version.chars().allMatch(c -> c >= 0x21 && c <= 0x7E && c != '"'),
                        "version() of " + path + " must be visible ASCII without '\"': " + version);
            }
        }
    }

    /** Two finds of unchanged content report the same version. */
    @Test
    default void versionIsStableWhileTheContentIsUnchanged() throws Exception {
        for (String path : Fixture.of(this).paths()) {
            String first;
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                first = file.version();
            }
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                assertEquals(first, file.version(), "version() of unchanged " + path);
            }
        }
    }

    /** Every file says when it last changed. */
    @Test
    default void lastModifiedIsPresent() throws Exception {
        for (String path : Fixture.of(this).paths()) {
            try (ProvidedFile file = KitRequests.findExpected(testee(), path)) {
                Instant lastModified = file.lastModified();
                assertNotNull(lastModified, "lastModified() of " + path);
            }
        }
    }

    /** Names the provider does not have are an empty answer, not an exception. */
    @Test
    default void absentNamesAreNotFound() throws Exception {
        Fixture fixture = Fixture.of(this);
        for (String name : absentNames()) {
            FileRequest request = KitRequests.request(name);
            assertFalse(fixture.containsIgnoringCase(request.path()),
                    "absentNames() holds " + name + ", which is in expectedFiles()");
            Optional<ProvidedFile> found = testee().find(request);
            assertNotNull(found, "find() returned null instead of Optional.empty() for " + name);
            found.ifPresent(ProvidedFile::close);
            assertTrue(found.isEmpty(), "found a file for the absent name " + name);
        }
    }

    /** Device-specific names of a device the provider does not know are not found. */
    @Test
    default void absentDeviceFilesAreNotFound() throws Exception {
        Fixture fixture = Fixture.of(this);
        for (String name : List.of("SEPFFFFFFFFFFFE.cnf.xml", "sepfffffffffffe.cnf.xml",
                "CTLSEPFFFFFFFFFFFE.tlv", "ITLSEPFFFFFFFFFFFE.tlv", "SIPFFFFFFFFFFFE.cnf")) {
            FileRequest request = KitRequests.request(name);
            assertTrue(request.device().isPresent(), "the kit expects a device in " + name);
            assertFalse(fixture.containsIgnoringCase(name),
                    "expectedFiles() must not hold the kit's absent device file " + name);
            Optional<ProvidedFile> found = testee().find(request);
            found.ifPresent(ProvidedFile::close);
            assertTrue(found.isEmpty(), "found a file for the absent device file " + name);
        }
    }

    /** TFTP and HTTP, and two different clients, get the same bytes for the same name. */
    @Test
    default void answerDoesNotDependOnClientOrProtocol() throws Exception {
        Fixture fixture = Fixture.of(this);
        for (String path : fixture.paths()) {
            for (FileRequest request : List.of(
                    KitRequests.request(path, KitRequests.CLIENT_A, Protocol.TFTP),
                    KitRequests.request(path, KitRequests.CLIENT_B, Protocol.TFTP),
                    KitRequests.request(path, KitRequests.CLIENT_A, Protocol.HTTP),
                    KitRequests.request(path, KitRequests.CLIENT_B, Protocol.HTTP))) {
                try (ProvidedFile file = KitRequests.findExpected(testee(), request)) {
                    assertArrayEquals(fixture.content(path), Reads.readAll(file, 4096),
                            path + " for " + request.client() + " over " + request.protocol());
                }
            }
        }
    }

    /** {@value #THREADS} threads finding and reading every file at once all get exact bytes. */
    @Test
    default void concurrentFindsAndReadsReturnExactBytes() throws Exception {
        List<String> failures = new ConcurrentReaders(testee(), Fixture.of(this)).run(THREADS);
        assertTrue(failures.isEmpty(), "concurrent readers saw: " + failures);
    }

    /** Closing a file twice is harmless. */
    @Test
    default void closingTwiceIsHarmless() throws Exception {
        ProvidedFile file = KitRequests.findExpected(testee(), Fixture.of(this).firstNonEmpty());
        file.close();
        file.close();
    }

    /** Two files found for the same name are independent: closing one leaves the other readable. */
    @Test
    default void closingOneFileLeavesAnotherReadable() throws Exception {
        Fixture fixture = Fixture.of(this);
        String path = fixture.firstNonEmpty();
        try (ProvidedFile kept = KitRequests.findExpected(testee(), path)) {
            KitRequests.findExpected(testee(), path).close();
            assertArrayEquals(fixture.content(path), Reads.readAll(kept, 4096),
                    path + " after another handle on it was closed");
        }
    }
}
