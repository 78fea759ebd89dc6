package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;

/**
 * What the service answers when it cannot serve: 503 with Retry-After for the serving limit, a
 * full look-up pool and a provider that is down; 403 for a name a rule denies; 500 for a bug,
 * after which the server goes on; and the client address behind a trusted proxy.
 */
class ServiceErrorsTest {

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: h\r\n\r\n";
    }

    @Test
    void overTheServingLimitIs503WithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        server = TestServer.builder().set("max-requests", "1").set("retry-after", "7s").resolver(request -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Resolution.Found(ProvidedFile.ofBytes("x".getBytes(), "v", Instant.EPOCH), "mem");
        }).start();
        try (RawClient first = new RawClient(server.address()).send(get("/a"));
             RawClient second = new RawClient(server.address())) {
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            second.send(get("/b"));
            RawClient.Response busy = second.read();
            assertEquals(503, busy.status());
            assertEquals("7", busy.header("Retry-After"));
            release.countDown();
            assertEquals(200, first.read().status());
            // the slot is given back once the server has seen the response out, just before it
            // logs the exchange; the client can have read the response before that
            server.awaitAccess(2);
            second.send(get("/b"));
            assertEquals(200, second.read().status(), "the slot was given back");
        }
        assertEquals(1, server.endpoint().requestLimit().refusedTotal());
        List<AccessRecord> lines = server.awaitAccess(3);
        assertTrue(lines.stream().anyMatch(r -> r.outcome() == Outcome.BUSY && r.detail().equals("GET 503 serving limit")));
        awaitIdle();
    }

    @Test
    void aFullLookUpPoolIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new SynchronousQueue<>());
        server = TestServer.builder().executor(pool).resolver(request -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Resolution.NotFound();
        }).start();
        try (RawClient first = new RawClient(server.address()).send(get("/a"));
             RawClient second = new RawClient(server.address())) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (pool.getActiveCount() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            second.send(get("/b"));
            RawClient.Response busy = second.read();
            assertEquals(503, busy.status());
            assertEquals("5", busy.header("Retry-After"));
            release.countDown();
            assertEquals(404, first.read().status());
        }
        awaitIdle();
    }

    @Test
    void aProviderThatIsDownIs503AndNamedInTheLog() throws Exception {
        server = TestServer.builder().resolver(request -> new Resolution.Unavailable("sql", "connection refused"))
                .start();
        try (RawClient client = new RawClient(server.address()).send(get("/SEP0011AABBCC01.cnf.xml"))) {
            RawClient.Response response = client.read();
            assertEquals(503, response.status());
            assertTrue(response.header("Retry-After") != null);
        }
        AccessRecord line = server.awaitAccess(1).get(0);
        assertEquals(Outcome.UNAVAILABLE, line.outcome());
        assertEquals("sql", line.provider());
        assertEquals("GET 503 connection refused", line.detail());
    }

    @Test
    void aDeniedNameIs403AndTheRewrittenNameIsWhatIsLookedUp() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        List<Protocol> protocols = new CopyOnWriteArrayList<>();
        server = TestServer.builder().rewriter((name, direction, client, protocol) -> {
            assertEquals(Direction.READ, direction);
            protocols.add(protocol);
            if (name.startsWith("secret/")) {
                return new Rewrite.Denied("no secrets");
            }
            return new Rewrite.Name(name.replace("old-", "new-"));
        }).resolver(request -> {
            asked.add(request.path());
            return new Resolution.Found(ProvidedFile.ofBytes(request.path().getBytes(StandardCharsets.UTF_8), "v",
                    Instant.EPOCH), "mem");
        }).start();
        try (RawClient client = new RawClient(server.address())) {
            client.send(get("/secret/key.pem"));
            RawClient.Response denied = client.read();
            assertEquals(403, denied.status());
            assertTrue(denied.text().contains("no secrets"));
            client.send(get("/old-%41.xml"));
            assertEquals("new-A.xml", client.read().text(), "rules see the decoded name without its '/'");
        }
        assertEquals(List.of("new-A.xml"), asked);
        assertEquals(List.of(Protocol.HTTP, Protocol.HTTP), protocols);
        assertEquals(Outcome.DENIED, server.awaitAccess(1).get(0).outcome());
    }

    @Test
    void aBugInTheChainIs500AndTheServerGoesOn() throws Exception {
        server = TestServer.builder().resolver(request -> {
            if (request.path().equals("boom")) {
                throw new IllegalStateException("bug in a provider chain");
            }
            return new Resolution.NotFound();
        }).start();
        try (RawClient client = new RawClient(server.address()).send(get("/boom"))) {
            RawClient.Response response = client.read();
            assertEquals(500, response.status());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
        try (RawClient client = new RawClient(server.address()).send(get("/fine"))) {
            assertEquals(404, client.read().status());
        }
        assertEquals(Outcome.SERVER_ERROR, server.awaitAccess(1).get(0).outcome());
        awaitIdle();
    }

    @Test
    void aTrustedProxysForwardedForIsTheClientForTheRequestTheLimitAndTheLog() throws Exception {
        List<InetSocketAddress> clients = new CopyOnWriteArrayList<>();
        server = TestServer.builder().set("trusted-proxies", "127.0.0.0/8, 10.0.0.0/8").resolver(request -> {
            clients.add(request.client());
            return new Resolution.NotFound();
        }).start();
        try (RawClient client = new RawClient(server.address())) {
            client.send("GET /a HTTP/1.1\r\nHost: h\r\nX-Forwarded-For: 198.51.100.1, 192.0.2.7\r\n"
                    + "X-Forwarded-For: 10.1.2.3\r\n\r\n");
            client.read();
            client.send("GET /b HTTP/1.1\r\nHost: h\r\nX-Forwarded-For: [2001:db8::7]:4711\r\n\r\n");
            client.read();
            client.send("GET /c HTTP/1.1\r\nHost: h\r\nX-Forwarded-For: 192.0.2.9, not-an-ip\r\n\r\n");
            client.read();
        }
        assertEquals("192.0.2.7", clients.get(0).getAddress().getHostAddress(), "the rightmost untrusted hop");
        assertEquals(new InetSocketAddress("2001:db8::7", 4711), clients.get(1));
        assertEquals("127.0.0.1", clients.get(2).getAddress().getHostAddress(), "garbage ends the walk");
        assertEquals("192.0.2.7", server.awaitAccess(1).get(0).client().getAddress().getHostAddress());
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
        List<FileRequest> requests = new CopyOnWriteArrayList<>();
        server = TestServer.builder().set("trusted-proxies", "10.0.0.0/8").resolver(request -> {
            requests.add(request);
            return new Resolution.NotFound();
        }).start();
        try (RawClient client = new RawClient(server.address())) {
            client.send("GET /a HTTP/1.1\r\nHost: h\r\nX-Forwarded-For: 192.0.2.7\r\n\r\n");
            client.read();
        }
        assertEquals("127.0.0.1", requests.get(0).client().getAddress().getHostAddress());
    }

    private void awaitIdle() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.endpoint().requestLimit().inUse() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, server.endpoint().requestLimit().inUse(), "every slot is given back");
    }
}
