package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.provgw.protocol.Resolution;
import org.provgw.provider.ProvidedFile;

/**
 * Providers may block (JDBC, LDAP, a slow disk): every look-up runs on the look-up pool the
 * gateway hands over, never on one of MINA's I/O threads, for every request of a kept-alive
 * connection.
 */
class LookupThreadTest {

    @Test
    void everyLookUpRunsOnTheLookUpPool() throws Exception {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2,
                task -> new Thread(task, "test-lookup-" + counter.incrementAndGet()));
        List<String> threads = new CopyOnWriteArrayList<>();
        try (TestServer server = TestServer.builder().executor(pool).resolver(request -> {
            threads.add(Thread.currentThread().getName());
            return new Resolution.Found(ProvidedFile.ofBytes(new byte[100], "v1", Instant.EPOCH), "mem");
        }).start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (int i = 0; i < 20; i++) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create(server.url("/SEP0011AABBCC0" + (i % 10) + ".cnf.xml"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, response.statusCode());
            }
        }
        assertEquals(20, threads.size(), threads::toString);
        assertTrue(threads.stream().allMatch(name -> name.startsWith("test-lookup-")), threads::toString);
        assertFalse(threads.stream().anyMatch(name -> name.contains("Nio")), threads::toString);
    }
}
