package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

/** Files of tens of megabytes: streamed (zero-copy and in chunks), ranges of them, and a stop mid-way. */
class LargeFileTest {

    private static final long HUNDRED_MB = 100L * 1000 * 1000;

    @TempDir
    static Path dir;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private TestServer serve(String zeroCopy) throws Exception {
        return TestServer.builder().set("zero-copy", zeroCopy).resolver(new DiskFiles(dir)).start();
    }

    private HttpResponse<InputStream> get(TestServer server, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60));
        if (range != null) {
            request.header("Range", range);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    @Test
    void aHundredMegabyteDownloadMatchesByteForByte() throws Exception {
        String expected = BigFiles.write(dir.resolve("firmware.bin"), HUNDRED_MB, 1);
        try (TestServer server = serve("true")) {
            HttpResponse<InputStream> response = get(server, "/firmware.bin", null);
            assertEquals(200, response.statusCode());
            assertEquals(String.valueOf(HUNDRED_MB), response.headers().firstValue("Content-Length").orElseThrow());
            BigFiles.Digested got = BigFiles.digest(response.body());
            assertEquals(HUNDRED_MB, got.bytes());
            assertEquals(expected, got.sha256());
            AccessRecord line = server.awaitAccess(1).get(0);
            assertEquals(Outcome.COMPLETED, line.outcome());
            assertEquals(HUNDRED_MB, line.bytes());
        }
    }

    @Test
    void withoutZeroCopyTheFileIsStreamedInChunksAndRangesResume() throws Exception {
        long size = 20_000_001;
        String expected = BigFiles.write(dir.resolve("load.sbn"), size, 2);
        try (TestServer server = serve("false")) {
            BigFiles.Digested whole = BigFiles.digest(get(server, "/load.sbn", null).body());
            assertEquals(expected, whole.sha256());

            HttpResponse<InputStream> tail = get(server, "/load.sbn", "bytes=12345678-");
            assertEquals(206, tail.statusCode());
            byte[] got = tail.body().readAllBytes();
            byte[] want = new byte[(int) (size - 12_345_678)];
            try (RandomAccessFile file = new RandomAccessFile(dir.resolve("load.sbn").toFile(), "r")) {
                file.seek(12_345_678);
                file.readFully(want);
            }
            assertArrayEquals(want, got);
        }
    }

    @Test
    void aRangeOfABigFileIsSentWithZeroCopyToo() throws Exception {
        BigFiles.write(dir.resolve("middle.bin"), 3_000_000, 3);
        try (TestServer server = serve("true")) {
            HttpResponse<InputStream> part = get(server, "/middle.bin", "bytes=1000000-1999999");
            assertEquals(206, part.statusCode());
            assertEquals("bytes 1000000-1999999/3000000", part.headers().firstValue("Content-Range").orElseThrow());
            byte[] got = part.body().readAllBytes();
            byte[] want = new byte[1_000_000];
            try (RandomAccessFile file = new RandomAccessFile(dir.resolve("middle.bin").toFile(), "r")) {
                file.seek(1_000_000);
                file.readFully(want);
            }
            assertArrayEquals(want, got);
        }
    }

    @Test
    void stoppingTheServerMidDownloadLogsShutdown() throws Exception {
        BigFiles.write(dir.resolve("long.bin"), 30_000_000, 4);
        TestServer server = serve("false");
        try {
            InputStream body = get(server, "/long.bin", null).body();
            assertTrue(body.readNBytes(100_000).length == 100_000);
            server.endpoint().stop();
            List<AccessRecord> lines = server.awaitAccess(1);
            assertEquals(Outcome.SHUTDOWN, lines.get(0).outcome());
            assertTrue(lines.get(0).bytes() < 30_000_000);
            body.close();
        } finally {
            server.close();
        }
    }
}
