package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.http.tls.TestCertificates;
import org.provgw.protocol.AccessRecord;
import org.provgw.provider.Protocol;

/** The HTTPS listener with a certificate made at test time, and the JDK's client trusting only it. */
class HttpsTest {

    @TempDir
    static Path dir;
    static TestCertificates.Material keys;

    private TestServer server;

    @BeforeAll
    static void generate() throws Exception {
        keys = TestCertificates.generate(dir, "server", "EC");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(TestServer.Builder builder) throws Exception {
        server = builder.https(dir).start();
        server.files.put("SEP0011AABBCC01.cnf.xml", "<device/>".getBytes(StandardCharsets.UTF_8));
        server.files.put("signed.xml", "<plain/>".getBytes(StandardCharsets.UTF_8));
        server.files.put("signed.xml.sgn", "<signed/>".getBytes(StandardCharsets.UTF_8));
        return server;
    }

    private TestServer.Builder pkcs12() {
        return TestServer.builder().set("keystore", keys.keystore().toString())
                .set("keystore.password", TestCertificates.PASSWORD);
    }

    private HttpClient client(String... protocols) throws Exception {
        SSLParameters parameters = new SSLParameters();
        if (protocols.length > 0) {
            parameters.setProtocols(protocols);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(keys.clientContext())
                .sslParameters(parameters).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private URI uri(String path) {
        return URI.create("https://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesOverTls13WithAPkcs12Keystore() throws Exception {
        start(pkcs12());
        HttpResponse<byte[]> response = get(client(), "/SEP0011AABBCC01.cnf.xml");
        assertEquals(200, response.statusCode());
        assertEquals("<device/>", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("TLSv1.3", response.sslSession().orElseThrow().getProtocol());
        AccessRecord line = server.awaitAccess(1).get(0);
        assertEquals(Protocol.HTTPS, line.protocol());
    }

    @Test
    void servesWithPemFilesAndTls12Clients() throws Exception {
        start(TestServer.builder().set("certificate", keys.certificatePem().toString())
                .set("private-key", keys.keyPem().toString()));
        HttpResponse<byte[]> response = get(client("TLSv1.2"), "/SEP0011AABBCC01.cnf.xml");
        assertEquals(200, response.statusCode());
        assertEquals("TLSv1.2", response.sslSession().orElseThrow().getProtocol());
    }

    @Test
    void refusesVersionsThatAreNotEnabled() throws Exception {
        start(pkcs12().set("protocols", "TLSv1.3"));
        assertThrows(IOException.class, () -> get(client("TLSv1.2"), "/SEP0011AABBCC01.cnf.xml"));
        assertEquals(200, get(client(), "/SEP0011AABBCC01.cnf.xml").statusCode(), "and goes on serving");
    }

    @Test
    void aSignedNameThatDoesNotExistIsAnsweredWithTheUnsignedFile() throws Exception {
        start(pkcs12());
        HttpClient client = client();
        HttpResponse<byte[]> fallback = get(client, "/SEP0011AABBCC01.cnf.xml.sgn");
        assertEquals(200, fallback.statusCode());
        assertEquals("<device/>", new String(fallback.body(), StandardCharsets.UTF_8));
        assertEquals("text/xml", fallback.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("<signed/>", new String(get(client, "/signed.xml.sgn").body(), StandardCharsets.UTF_8),
                "a signed file that exists is served itself");
        assertEquals(404, get(client, "/missing.xml.sgn").statusCode());
        AccessRecord line = server.awaitAccess(1).get(0);
        assertEquals("SEP0011AABBCC01.cnf.xml", line.file());
        assertEquals("GET 200 unsigned", line.detail());
    }

    @Test
    void theFallbackCanBeTurnedOff() throws Exception {
        start(pkcs12().set("sgn-fallback", "false"));
        assertEquals(404, get(client(), "/SEP0011AABBCC01.cnf.xml.sgn").statusCode());
    }

    @Test
    void aHundredRequestsShareOneTlsConnection() throws Exception {
        start(pkcs12());
        HttpClient client = client();
        for (int i = 0; i < 100; i++) {
            assertEquals(200, get(client, "/SEP0011AABBCC01.cnf.xml").statusCode());
        }
        assertEquals(1, server.endpoint().connectionLimit().granted());
    }

    @Test
    void aLargeFileIsStreamedThroughTlsIntact() throws Exception {
        long size = 16 * 1024 * 1024 + 17;
        String expected = BigFiles.write(dir.resolve("firmware.loads"), size, 9);
        server = pkcs12().https(dir).resolver(new DiskFiles(dir)).start();
        HttpResponse<InputStream> response = client().send(HttpRequest.newBuilder(uri("/firmware.loads"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofInputStream());
        BigFiles.Digested got = BigFiles.digest(response.body());
        assertEquals(size, got.bytes());
        assertEquals(expected, got.sha256());
        HttpResponse<byte[]> range = get(client(), "/firmware.loads");
        assertArrayEquals(java.nio.file.Files.readAllBytes(dir.resolve("firmware.loads")), range.body());
    }

    @Test
    void plainHttpOnTheTlsPortIsDroppedAndTheServerGoesOn() throws Exception {
        start(pkcs12());
        try (RawClient raw = new RawClient(server.address()).send("GET / HTTP/1.1\r\nHost: h\r\n\r\n")) {
            assertTrue(raw.closedByServer());
        }
        assertEquals(200, get(client(), "/SEP0011AABBCC01.cnf.xml").statusCode());
    }
}
