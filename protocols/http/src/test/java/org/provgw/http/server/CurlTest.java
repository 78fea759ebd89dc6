package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.http.tls.TestCertificates;

/** The endpoint end to end with the curl binary as the oracle; skipped when curl is missing. */
class CurlTest {

    private static final Path CURL = Path.of("/usr/bin/curl");
    private static final String NAME = "SEP0011AABBCC01.cnf.xml";
    private static final String CONTENT = "<device><devicePool/></device>\n";

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeAll
    static void needCurl() {
        assumeTrue(Files.isExecutable(CURL), "curl is not installed");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run curl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CURL.toString(), "--silent", "--show-error", "--max-time", "30"));
        command.addAll(List.of(args));
        Path out = dir.resolve("curl.out");
        Path err = dir.resolve("curl.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1), Files.readString(err));
    }

    private TestServer plain() throws Exception {
        server = TestServer.plain();
        server.files.put(NAME, CONTENT.getBytes(StandardCharsets.UTF_8));
        return server;
    }

    @Test
    void getHeadAndRange() throws Exception {
        plain();
        Run get = curl(server.url("/" + NAME));
        assertEquals(0, get.exit(), get.err());
        assertEquals(CONTENT, get.out());

        Run head = curl("--head", server.url("/" + NAME));
        assertTrue(head.out().startsWith("HTTP/1.1 200 OK\r\n"), head.out());
        assertTrue(head.out().contains("Content-Length: " + CONTENT.length() + "\r\n"), head.out());

        Run range = curl("--range", "1-6", "--include", server.url("/" + NAME));
        assertTrue(range.out().startsWith("HTTP/1.1 206 Partial Content\r\n"), range.out());
        assertTrue(range.out().endsWith("\r\n\r\ndevice"), range.out());

        Run http10 = curl("--http1.0", server.url("/" + NAME));
        assertEquals(CONTENT, http10.out());
    }

    @Test
    void aConditionalRequestIs304() throws Exception {
        plain();
        String etag = "\"v" + CONTENT.length() + "\"";
        Run notModified = curl("--include", "--header", "If-None-Match: " + etag, server.url("/" + NAME));
        assertTrue(notModified.out().startsWith("HTTP/1.1 304 Not Modified\r\n"), notModified.out());
        Path stamp = dir.resolve("stamp");
        Files.writeString(stamp, "x");
        Files.setLastModifiedTime(stamp, java.nio.file.attribute.FileTime.from(TestServer.MODIFIED));
        Run byDate = curl("--include", "--time-cond", stamp.toString(), server.url("/" + NAME));
        assertTrue(byDate.out().startsWith("HTTP/1.1 304"), byDate.out());
    }

    @Test
    void aHundredUrlsOnOneCommandLineReuseOneConnection() throws Exception {
        plain();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            urls.add(server.url("/" + NAME));
        }
        Run run = curl(urls.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertEquals(CONTENT.repeat(100), run.out());
        assertEquals(1, server.endpoint().connectionLimit().granted(), "curl kept one connection for all");
    }

    @Test
    void connectionCloseGivesEachRequestItsOwnConnection() throws Exception {
        plain();
        Run run = curl("--header", "Connection: close", server.url("/" + NAME), server.url("/" + NAME));
        assertEquals(CONTENT.repeat(2), run.out());
        assertEquals(2, server.endpoint().connectionLimit().granted());
    }

    @Test
    void httpsWithTheTestCertificate() throws Exception {
        TestCertificates.Material keys = TestCertificates.generate(dir, "curl", "EC");
        server = TestServer.builder().https(dir).set("certificate", keys.certificatePem().toString())
                .set("private-key", keys.keyPem().toString()).start();
        server.files.put(NAME, CONTENT.getBytes(StandardCharsets.UTF_8));
        String url = "https://127.0.0.1:" + server.port() + "/" + NAME;
        Run run = curl("--cacert", keys.certificatePem().toString(), url, url + ".sgn");
        assertEquals(0, run.exit(), run.err());
        assertEquals(CONTENT.repeat(2), run.out());
        assertEquals("", run.err(), "a clean TLS close, no warnings");
        Run head = curl("--cacert", keys.certificatePem().toString(), "--head", "--tlsv1.2", "--tls-max", "1.2", url);
        assertTrue(head.out().startsWith("HTTP/1.1 200 OK\r\n"), head.out() + head.err());
    }
}
