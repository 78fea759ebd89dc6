package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

/** Exact bytes on a TCP socket: pipelining, framing errors, limits, slow clients, HTTP/1.0. */
class RawSocketTest {

    private TestServer server;

    private TestServer start(TestServer.Builder builder) throws Exception {
        server = builder.start();
        for (int i = 0; i < 10; i++) {
            server.files.put("f" + i + ".txt", ("file number " + i).getBytes(StandardCharsets.UTF_8));
        }
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private RawClient client() throws Exception {
        return new RawClient(server.address());
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        start(TestServer.builder());
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            requests.append(i % 3 == 0 ? "HEAD" : "GET").append(" /f").append(i).append(".txt HTTP/1.1\r\nHost: h\r\n\r\n");
        }
        requests.append("GET /missing HTTP/1.1\r\nHost: h\r\n\r\n");
        try (RawClient client = client().send(requests.toString())) {
            for (int i = 0; i < 10; i++) {
                RawClient.Response response = client.read(i % 3 == 0);
                assertEquals(200, response.status());
                assertEquals(i % 3 == 0 ? "" : "file number " + i, response.text());
            }
            assertEquals(404, client.read().status());
            client.timeout(300);
            assertFalse(client.closedByServer(), "the connection stays open");
        }
    }

    @Test
    void aRequestSentByteByByteIsServed() throws Exception {
        start(TestServer.builder());
        try (RawClient client = client()) {
            for (byte b : "GET /f1.txt HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.US_ASCII)) {
                client.send(new byte[] {b});
            }
            assertEquals("file number 1", client.read().text());
        }
    }

    @Test
    void malformedRequestsGetTheirStatusAndTheConnectionCloses() throws Exception {
        start(TestServer.builder());
        String[][] cases = {
                {"400", "GET /f1.txt HTTP/1.1\r\nHost: h\r\nBad Header: x\r\n\r\n"},
                {"400", "GET /f1.txt HTTP/1.1\r\nHost: h\r\nX: a\r\n folded\r\n\r\n"},
                {"400", "GET /f1.txt HTTP/1.1\rHost: h\r\n\r\n"},
                {"400", "GET /f1.txt HTTP/1.1\r\n\r\n"},
                {"400", "GET /f1.txt HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"},
                {"400", "GET /f1.txt HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"},
                {"400", "\u0000\u0001\u0002\u0003\r\n\r\n"},
                {"505", "GET /f1.txt HTTP/2.0\r\nHost: h\r\n\r\n"},
                {"501", "POST /f1.txt HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"},
                {"413", "POST /f1.txt HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999\r\n\r\n"},
                {"405", "BREW /f1.txt HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"},
        };
        for (String[] c : cases) {
            try (RawClient client = client().send(c[1])) {
                RawClient.Response response = client.read();
                assertEquals(Integer.parseInt(c[0]), response.status(), c[1]);
                assertEquals("close", response.header("Connection"), c[1]);
                assertTrue(client.closedByServer(), "closed after " + c[1]);
            }
        }
        // the server goes on serving
        try (RawClient client = client().send("GET /f2.txt HTTP/1.1\r\nHost: h\r\n\r\n")) {
            assertEquals(200, client.read().status());
        }
    }

    @Test
    void aTargetThatNamesNoFileIs400OnAConnectionThatStaysOpen() throws Exception {
        start(TestServer.builder());
        try (RawClient client = client().send("GET /%zz HTTP/1.1\r\nHost: h\r\n\r\nGET f1.txt HTTP/1.1\r\nHost: h\r\n\r\n"
                + "GET http://h/f1.txt HTTP/1.1\r\nHost: h\r\n\r\nGET /f1.txt#frag HTTP/1.1\r\nHost: h\r\n\r\n")) {
            RawClient.Response escape = client.read();
            assertEquals(400, escape.status());
            assertTrue(escape.text().contains("percent-encoding"), escape.text());
            assertEquals(400, client.read().status());
            assertEquals("file number 1", client.read().text(), "absolute-form targets are served");
            assertEquals(400, client.read().status());
        }
    }

    @Test
    void aChunkedBodyIsReadPastAndTheConnectionKept() throws Exception {
        start(TestServer.builder());
        try (RawClient client = client().send("POST /f1.txt HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\nGET /f2.txt HTTP/1.1\r\nHost: h\r\n\r\n")) {
            RawClient.Response refused = client.read();
            assertEquals(405, refused.status());
            assertNull(refused.header("Connection"));
            assertEquals("file number 2", client.read().text());
        }
    }

    @Test
    void configuredLimitsAreAnswered414431And413() throws Exception {
        start(TestServer.builder().set("max-uri-length", "32").set("max-header-size", "256").set("max-headers", "5")
                .set("max-body", "10"));
        String[][] cases = {
                {"414", "GET /" + "a".repeat(40) + " HTTP/1.1\r\nHost: h\r\n\r\n"},
                {"431", "GET /f1.txt HTTP/1.1\r\nHost: h\r\nCookie: " + "c".repeat(300) + "\r\n\r\n"},
                {"431", "GET /f1.txt HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n"},
                {"413", "POST /f1.txt HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n01234567890"},
                {"413", "POST /f1.txt HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nabcdef\r\n6\r\nabcdef\r\n"},
        };
        for (String[] c : cases) {
            try (RawClient client = client().send(c[1])) {
                assertEquals(Integer.parseInt(c[0]), client.read().status(), c[1]);
            }
        }
    }

    @Test
    void aSlowClientGets408AndTheServerGoesOn() throws Exception {
        start(TestServer.builder().set("request-timeout", "300ms"));
        try (RawClient slow = client().send("GET /f1.txt HTTP/1.1\r\nHost: h\r\n");
             RawClient other = client()) {
            Thread.sleep(100);
            slow.send("X-A: 1\r\n");
            other.send("GET /f2.txt HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals(200, other.read().status());
            RawClient.Response response = slow.read();
            assertEquals(408, response.status());
            assertTrue(slow.closedByServer());
        }
        List<AccessRecord> lines = server.awaitAccess(2);
        assertTrue(lines.stream().anyMatch(r -> r.outcome() == Outcome.TIMEOUT));
    }

    @Test
    void aSilentConnectionIsClosedAfterTheRequestTimeout() throws Exception {
        start(TestServer.builder().set("request-timeout", "300ms"));
        try (RawClient silent = client()) {
            assertTrue(silent.closedByServer());
        }
    }

    @Test
    void http10IsAnsweredAndClosedUnlessKeptAlive() throws Exception {
        start(TestServer.builder());
        try (RawClient client = client().send("GET /f1.txt HTTP/1.0\r\n\r\n")) {
            RawClient.Response response = client.read();
            assertEquals("file number 1", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
        try (RawClient client = client().send("GET /f1.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")) {
            assertEquals("keep-alive", client.read().header("Connection"));
            client.send("GET /f2.txt HTTP/1.0\r\n\r\n");
            assertEquals("file number 2", client.read().text());
        }
    }

    @Test
    void aClientThatShutsItsSideAfterTheRequestStillGetsTheAnswer() throws Exception {
        start(TestServer.builder());
        try (RawClient client = client().send("GET /f1.txt HTTP/1.1\r\nHost: h\r\n\r\nGET /f2.txt HTTP/1.1\r\nHost: h\r\n\r\n")) {
            client.shutdownOutput();
            assertEquals("file number 1", client.read().text());
            assertEquals("file number 2", client.read().text());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void connectionsOverTheCapsAreClosedAtOnceAndCounted() throws Exception {
        start(TestServer.builder().set("max-connections", "2").set("max-connections-per-client", "1"));
        try (RawClient first = client().send("GET /f1.txt HTTP/1.1\r\nHost: h\r\n\r\n")) {
            assertEquals(200, first.read().status());
            try (RawClient second = client()) {
                assertTrue(second.closedByServer(), "the second connection from 127.0.0.1 is refused");
            }
            assertEquals(1, server.endpoint().connectionLimit().refusedPerClient());
            first.send("GET /f2.txt HTTP/1.1\r\nHost: h\r\n\r\n");
            assertEquals(200, first.read().status(), "the admitted connection is unaffected");
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.endpoint().connectionLimit().inUse() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, server.endpoint().connectionLimit().inUse(), "closed connections give their slot back");
        try (RawClient again = client().send("GET /f1.txt HTTP/1.1\r\nHost: h\r\n\r\n")) {
            assertEquals(200, again.read().status());
        }
    }
}
