package org.provgw.provider.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderException;

/** The kit fails providers that break the contract: its tests can fail. */
class ContractCatchesBrokenProvidersTest {

    /** Looks a file up in the reference backend, or breaks the look-up itself. */
    private interface Lookup {
        Optional<ProvidedFile> find(MapFileProvider backend, FileRequest request)
                throws ProviderException;
    }

    /** The kit run against the reference backend seen through a broken look-up. */
    private static final class Kit implements MutableFileProviderContract {
        private final Map<String, byte[]> fixture;
        private final MapFileProvider backend;
        private final Lookup lookup;

        Kit(Map<String, byte[]> fixture, Lookup lookup) {
            this.fixture = fixture;
            this.backend = new MapFileProvider(fixture);
            this.lookup = lookup;
        }

        Kit(Lookup lookup) {
            this(Fixtures.standard(), lookup);
        }

        static Kit breakingFiles(UnaryOperator<ProvidedFile> breaker) {
            return new Kit((backend, request) -> backend.find(request).map(breaker));
        }

        @Override
        public FileProvider testee() {
            return new FileProvider() {
                @Override
                public Optional<ProvidedFile> find(FileRequest request) throws ProviderException {
                    return lookup.find(backend, request);
                }

                @Override
                public void close() {
                    backend.close();
                }
            };
        }

        @Override
        public Map<String, byte[]> expectedFiles() {
            return fixture;
        }

        @Override
        public void change(String path, byte[] newContent) {
            backend.put(path, newContent);
        }
    }

    @Test
    void readReturningZeroAtEndOfFileFails() {
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                return position >= size() ? 0 : super.read(dst, position);
            }
        });
        assertThrows(AssertionError.class, kit::readsAtOrBeyondTheSizeReturnEndOfFile);
        assertThrows(AssertionError.class, kit::readsEveryFileInOddSizedChunks);
    }

    @Test
    void readIgnoringThePositionFails() {
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            private long cursor;

            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                int n = super.read(dst, cursor);
                cursor += Math.max(n, 0);
                return n;
            }
        });
        assertThrows(AssertionError.class, kit::positionalReadsAtRandomOffsetsMatchTheFixture);
    }

    @Test
    void readWritingOutsideTheBufferWindowFails() {
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                dst.limit(dst.capacity());
                return super.read(dst, position);
            }
        });
        assertThrows(AssertionError.class, kit::readFillsOnlyBetweenPositionAndLimit);
    }

    @Test
    void wrongSizeFails() {
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            @Override
            public long size() {
                return super.size() + 1;
            }
        });
        assertThrows(AssertionError.class, kit::findsEveryExpectedFileWithItsSize);
    }

    @Test
    void versionWithAQuoteFails() {
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            @Override
            public String version() {
                return "\"" + super.version() + "\"";
            }
        });
        assertThrows(AssertionError.class, kit::versionIsVisibleAsciiWithoutQuotes);
    }

    @Test
    void versionThatIgnoresChangesFails() {
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            @Override
            public String version() {
                return "always-the-same";
            }
        });
        assertThrows(AssertionError.class, kit::changedFileIsServedWithItsNewContentAndVersion);
        assertThrows(AssertionError.class, kit::sameSizeChangesAreServedWithNewVersions);
    }

    @Test
    void contentCachedForeverFails() {
        Map<String, ProvidedFile> firstAnswers = new ConcurrentHashMap<>();
        Kit kit = new Kit((backend, request) -> Optional.ofNullable(firstAnswers.computeIfAbsent(
                request.path(), path -> backend.find(request).orElse(null))));
        assertThrows(AssertionError.class, kit::changedFileIsServedWithItsNewContentAndVersion);
    }

    @Test
    void exceptionForAnAbsentNameFails() {
        Kit kit = new Kit((backend, request) -> {
            Optional<ProvidedFile> found = backend.find(request);
            if (found.isEmpty()) {
                throw new ProviderException("no such file " + request.path());
            }
            return found;
        });
        assertThrows(ProviderException.class, kit::absentNamesAreNotFound);
        assertThrows(ProviderException.class, kit::absentDeviceFilesAreNotFound);
    }

    @Test
    void answerDependingOnTheProtocolFails() {
        Kit kit = new Kit((backend, request) -> request.protocol() == Protocol.HTTP
                ? Optional.empty() : backend.find(request));
        assertThrows(AssertionError.class, kit::answerDoesNotDependOnClientOrProtocol);
    }

    @Test
    void closingOneFileClosingAllFails() {
        AtomicBoolean closed = new AtomicBoolean();
        Kit kit = Kit.breakingFiles(file -> new ForwardingFile(file) {
            @Override
            public int read(ByteBuffer dst, long position) throws IOException {
                if (closed.get()) {
                    throw new IOException("closed");
                }
                return super.read(dst, position);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        });
        assertThrows(IOException.class, kit::closingOneFileLeavesAnotherReadable);
    }

    @Test
    void fixtureWithAnUnnormalizedPathFails() {
        Kit kit = new Kit(Map.of("/leading/slash.bin", new byte[] {1}), MapFileProvider::find);
        assertThrows(AssertionError.class, kit::findsEveryExpectedFileWithItsSize);
    }

    @Test
    void fixtureWithoutANonEmptyFileFails() {
        Kit kit = new Kit(Map.of("empty.bin", new byte[0]), MapFileProvider::find);
        assertThrows(AssertionError.class, kit::fixtureHoldsANonEmptyFile);
    }
}
