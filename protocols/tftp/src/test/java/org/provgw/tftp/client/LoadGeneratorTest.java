package org.provgw.tftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Many transfers in flight on one or more selector threads. */
@Timeout(10)
class LoadGeneratorTest {

    @ParameterizedTest
    @CsvSource({"1,1", "8,1", "8,2", "8,3"})
    void runsEveryTransferWithTheGivenConcurrency(int concurrency, int threads) throws Exception {
        try (FakeTftpServer server = new FakeTftpServer()) {
            Map<String, byte[]> digests = new HashMap<>();
            List<String> names = List.of("a.cfg", "b.cfg", "c.cfg", "d.cfg", "e.cfg");
            for (int i = 0; i < names.size(); i++) {
                byte[] content = TftpClientTest.random(300 + 400 * i, i);
                server.file(names.get(i), content);
                digests.put(names.get(i), DigestSink.sha256().digest(content));
            }
            List<TransferResult> results = new CopyOnWriteArrayList<>();
            // a sink is made as a transfer starts and its result reported as it ends
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger maxInFlight = new AtomicInteger();
            Function<String, BlockSink> verify = name -> {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                return new DigestSink(digests.get(name));
            };

            LoadGenerator.run(new LoadPlan(server.address(), names, 23, concurrency, threads,
                    ClientSettings.DEFAULT, verify), r -> {
                        inFlight.decrementAndGet();
                        results.add(r);
                    });

            assertEquals(23, results.size());
            assertTrue(results.stream().allMatch(TransferResult::ok), results.toString());
            Map<String, Integer> perName = new ConcurrentHashMap<>();
            results.forEach(r -> perName.merge(r.filename(), 1, Integer::sum));
            assertEquals(Map.of("a.cfg", 5, "b.cfg", 5, "c.cfg", 5, "d.cfg", 4, "e.cfg", 4), perName,
                    "names are used in turn");
            assertEquals(23, server.requestsSeen.size());
            assertTrue(maxInFlight.get() <= concurrency, "at most " + concurrency + " in flight");
            if (threads == 1) {
                assertEquals(concurrency, maxInFlight.get(), "one loop fills every slot at once");
            }
        }
    }

    @Test
    void failuresAreResultsNotExceptions() throws Exception {
        try (FakeTftpServer server = new FakeTftpServer()) {
            server.file("here", new byte[10]);
            List<TransferResult> results = new CopyOnWriteArrayList<>();

            LoadGenerator.run(LoadPlan.of(server.address(), List.of("here", "gone"), 6, 3,
                    new ClientSettings(RequestOptions.NONE, Duration.ofMillis(500), 1)), results::add);

            assertEquals(6, results.size());
            assertEquals(3, results.stream().filter(TransferResult::ok).count());
            assertEquals(3, results.stream().filter(r -> r.outcome() instanceof TransferOutcome.ServerError).count());
        }
    }

    @Test
    @Timeout(5)
    void transfersWhoseFirstSendFailsEndAtOnce() throws Exception {
        // Linux refuses to send to the broadcast address without SO_BROADCAST (EACCES).
        List<TransferResult> results = new CopyOnWriteArrayList<>();

        LoadGenerator.run(LoadPlan.of(new InetSocketAddress("255.255.255.255", 69), List.of("x"), 5, 2,
                ClientSettings.DEFAULT), results::add);

        assertEquals(5, results.size());
        for (TransferResult r : results) {
            assertTrue(r.outcome() instanceof TransferOutcome.LocalFailure, r.toString());
        }
    }

    @Test
    void interruptionStopsTheRun() throws Exception {
        try (FakeTftpServer server = new FakeTftpServer()) {
            server.silent = true;
            Thread.currentThread().interrupt();
            try {
                assertThrows(InterruptedException.class, () -> LoadGenerator.run(LoadPlan.of(server.address(),
                        List.of("x"), 10, 2, ClientSettings.DEFAULT), r -> { }));
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void zeroCountRunsNothing() throws Exception {
        List<TransferResult> results = new CopyOnWriteArrayList<>();
        LoadGenerator.run(LoadPlan.of(new InetSocketAddress("127.0.0.1", 9), List.of("x"), 0, 4,
                ClientSettings.DEFAULT), results::add);
        assertEquals(List.of(), results);
    }

    @Test
    void planRefusesNonsense() {
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", 69);
        assertThrows(IllegalArgumentException.class,
                () -> LoadPlan.of(server, List.of(), 1, 1, ClientSettings.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> LoadPlan.of(server, List.of("x"), 1, 0, ClientSettings.DEFAULT));
        assertThrows(IllegalArgumentException.class,
                () -> LoadPlan.of(server, List.of("x"), -1, 1, ClientSettings.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> LoadPlan.of(
                InetSocketAddress.createUnresolved("nowhere.invalid", 69), List.of("x"), 1, 1, ClientSettings.DEFAULT));
    }
}
