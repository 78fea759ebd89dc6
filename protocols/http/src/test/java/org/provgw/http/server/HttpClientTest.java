package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.http.wire.HttpDates;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.provider.Protocol;

/** The endpoint end to end with the JDK's HttpClient as the oracle. */
class HttpClientTest {

    private static final byte[] CONFIG = "<device><loadInformation>SIP88xx.14-1-1</loadInformation></device>\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String NAME = "SEP0011AABBCC01.cnf.xml";

    private TestServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.plain();
        server.files.put(NAME, CONFIG);
        server.files.put("Desktops/320x212x12/List.xml", "<list/>".getBytes(StandardCharsets.UTF_8));
        server.files.put("with space+plus.txt", "spaced".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path)));
    }

    @Test
    void getServesTheFileWithItsValidatorsAndType() throws Exception {
        HttpResponse<byte[]> response = send(get("/" + NAME));
        assertEquals(200, response.statusCode());
        assertArrayEquals(CONFIG, response.body());
        assertEquals("text/xml", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(String.valueOf(CONFIG.length), response.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("\"v" + CONFIG.length + "\"", response.headers().firstValue("ETag").orElseThrow());
        assertEquals(HttpDates.format(TestServer.MODIFIED), response.headers().firstValue("Last-Modified").orElseThrow());
        assertEquals("bytes", response.headers().firstValue("Accept-Ranges").orElseThrow());
        assertTrue(response.headers().firstValue("Date").isPresent());
    }

    @Test
    void namesArePercentDecodedAndNormalizedAsOverTftp() throws Exception {
        assertArrayEquals("spaced".getBytes(StandardCharsets.UTF_8), send(get("/with%20space+plus.txt")).body());
        assertEquals(200, send(get("/Desktops/320x212x12/List.xml")).statusCode());
        assertEquals(200, send(get("//Desktops/./320x212x12//List.xml")).statusCode());
        assertEquals(200, send(get("/Desktops%2F320x212x12%5CList.xml")).statusCode(), "%2F and backslash separate");
        assertEquals(200, send(get("/" + NAME + "?ignored=query")).statusCode());
        assertEquals(400, send(get("/Desktops/%2e%2e/" + NAME)).statusCode(), "'..' is refused");
        assertEquals(400, send(get("/a%00b")).statusCode(), "a control character is refused");
        assertEquals(400, send(get("/%c3%28")).statusCode(), "not UTF-8");
        assertEquals(404, send(get("/")).statusCode());
        assertEquals(404, send(get("/missing.xml")).statusCode());
    }

    @Test
    void headSendsTheHeadOfGetWithoutTheBody() throws Exception {
        HttpResponse<byte[]> response = send(get("/" + NAME).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode());
        assertEquals(0, response.body().length);
        assertEquals(String.valueOf(CONFIG.length), response.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void rangesAreServedAs206AndUnsatisfiableOnesAs416() throws Exception {
        HttpResponse<byte[]> first = send(get("/" + NAME).header("Range", "bytes=0-7"));
        assertEquals(206, first.statusCode());
        assertEquals("<device>", new String(first.body(), StandardCharsets.UTF_8));
        assertEquals("bytes 0-7/" + CONFIG.length, first.headers().firstValue("Content-Range").orElseThrow());

        HttpResponse<byte[]> suffix = send(get("/" + NAME).header("Range", "bytes=-10"));
        assertEquals(206, suffix.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(CONFIG, CONFIG.length - 10, CONFIG.length), suffix.body());

        HttpResponse<byte[]> open = send(get("/" + NAME).header("Range", "bytes=60-"));
        assertEquals(206, open.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(CONFIG, 60, CONFIG.length), open.body());

        HttpResponse<byte[]> beyond = send(get("/" + NAME).header("Range", "bytes=5000-"));
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + CONFIG.length, beyond.headers().firstValue("Content-Range").orElseThrow());

        HttpResponse<byte[]> several = send(get("/" + NAME).header("Range", "bytes=0-1,4-5"));
        assertEquals(200, several.statusCode(), "several ranges: the whole file");
        assertArrayEquals(CONFIG, several.body());
    }

    @Test
    void conditionalRequestsAreAnswered304() throws Exception {
        String etag = send(get("/" + NAME)).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> byTag = send(get("/" + NAME).header("If-None-Match", "\"other\", " + etag));
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(etag, byTag.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, send(get("/" + NAME).header("If-Modified-Since", HttpDates.format(TestServer.MODIFIED)))
                .statusCode());
        assertEquals(200, send(get("/" + NAME).header("If-Modified-Since",
                HttpDates.format(TestServer.MODIFIED.minusSeconds(1)))).statusCode());
        assertEquals(200, send(get("/" + NAME).header("If-None-Match", "\"stale\"")).statusCode());
        assertEquals(200, send(get("/" + NAME).header("Range", "bytes=0-1").header("If-Range", "\"stale\""))
                .statusCode(), "a stale If-Range gets the whole file");
        assertEquals(412, send(get("/" + NAME).header("If-Match", "\"stale\"")).statusCode());
    }

    @Test
    void otherMethodsAre405WithAllow() throws Exception {
        HttpResponse<byte[]> response = send(get("/" + NAME).method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow());
        HttpResponse<byte[]> post = send(get("/" + NAME).POST(HttpRequest.BodyPublishers.ofString("x=1")));
        assertEquals(405, post.statusCode(), "a small body is read past and the connection kept");
    }

    @Test
    void aHundredRequestsShareOneConnection() throws Exception {
        for (int i = 0; i < 100; i++) {
            HttpResponse<byte[]> response = send(get("/" + NAME));
            assertEquals(200, response.statusCode());
            assertArrayEquals(CONFIG, response.body());
        }
        assertEquals(1, server.endpoint().connectionLimit().granted(), "one TCP connection for all of them");
    }

    @Test
    void everyRequestIsOneAccessLogLine() throws Exception {
        send(get("/" + NAME));
        send(get("/missing.xml"));
        send(get("/" + NAME).header("Range", "bytes=0-7"));
        List<AccessRecord> lines = server.awaitAccess(3);
        assertEquals(3, lines.size());
        AccessRecord ok = lines.get(0);
        assertEquals(Protocol.HTTP, ok.protocol());
        assertEquals(NAME, ok.file());
        assertEquals("mem", ok.provider());
        assertEquals(CONFIG.length, ok.bytes());
        assertEquals(1, ok.blocks());
        assertEquals(Outcome.COMPLETED, ok.outcome());
        assertEquals("GET 200", ok.detail());
        assertEquals("127.0.0.1", ok.client().getAddress().getHostAddress());
        assertEquals(Outcome.NOT_FOUND, lines.get(1).outcome());
        assertEquals("missing.xml", lines.get(1).file());
        assertEquals("GET 206 bytes 0-7/" + CONFIG.length, lines.get(2).detail());
        assertEquals(8, lines.get(2).bytes());
    }
}
