package org.provgw.cisco.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.cisco.build.BuildInput;
import org.provgw.cisco.build.ConfigName;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;

/** Builds racing each other, invalidations and readers. */
@Timeout(60)
class ConcurrencyTest {

    private final ManualTicker ticker = new ManualTicker();
    private final MemorySource source = Records.standardSource();
    private final BuiltFileProvider provider = Serving.open(source, ticker);
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void close() {
        threads.shutdownNow();
        provider.close();
    }

    @Test
    void concurrentRequestsForAFileNotYetBuiltShareOneBuild() throws Exception {
        source.closeGate();
        List<Future<Serving.Served>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(threads.submit(() -> Serving.get(provider, "SEP0011AABBCC01.cnf.xml")));
        }
        assertTrue(source.awaitGate());
        awaitAllWaiting();
        source.openGate();

        Set<Serving.Served> distinct = new HashSet<>();
        for (Future<Serving.Served> answer : answers) {
            distinct.add(answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, distinct.size());
        assertEquals(1, source.deviceReads.get());
    }

    @Test
    void aBuildThatReadTheRecordBeforeAChangeIsServedOnceButNotCached() throws Exception {
        source.closeGate();
        Future<Serving.Served> early = threads.submit(() -> Serving.get(provider, "SEP0011AABBCC01.cnf.xml"));
        assertTrue(source.awaitGate());
        source.put(Records.withDescription(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"), "new desk"));
        provider.pollChanges();
        source.openGate();

        assertTrue(early.get(10, TimeUnit.SECONDS).text().contains("phone 0011AABBCC01"), "built from what it read");
        assertTrue(Serving.get(provider, "SEP0011AABBCC01.cnf.xml").text().contains("new desk"),
                "the next request rebuilds: the early build was not kept");
    }

    @Test
    void readersDuringPoolChangesAlwaysGetOneCompleteRenderingOfOneState() throws Exception {
        List<String> addresses = List.of("192.0.2.21", "192.0.2.22", "192.0.2.23", "192.0.2.24");
        List<String> names = List.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC02.cnf.xml", "SEP0011AABBCC03.cnf.xml",
                "SIP0011AABBCC03.cnf", "XMLDefault.cnf.xml");
        Set<String> valid = validRenderings(addresses, names);
        AtomicBoolean running = new AtomicBoolean(true);
        Set<String> wrong = ConcurrentHashMap.newKeySet();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<Future<?>> readers = new ArrayList<>();
        for (int t = 0; t < 15; t++) {
            int offset = t;
            readers.add(threads.submit(() -> {
                for (int i = offset; running.get(); i++) {
                    String text = Serving.get(provider, names.get(i % names.size())).text();
                    (valid.contains(text) ? seen : wrong).add(text);
                }
                return null;
            }));
        }
        for (int round = 0; round < 200; round++) {
            source.put(Records.pool("Site-A", addresses.get(round % addresses.size())));
            provider.pollChanges();
        }
        running.set(false);
        for (Future<?> reader : readers) {
            reader.get(30, TimeUnit.SECONDS);
        }
        assertEquals(Set.of(), wrong);
        assertTrue(seen.size() > names.size(), "readers saw several pool states: " + seen.size());
    }

    private Set<String> validRenderings(List<String> addresses, List<String> names) {
        Set<String> valid = new HashSet<>();
        PlainRenderer renderer = new PlainRenderer();
        List<Device> devices = List.of(Records.sccp("0011AABBCC01", Records.M7941, "Site-A"),
                Records.sccp("0011AABBCC02", Records.M7941, "Site-A"),
                Records.sip("0011AABBCC03", Records.M7960, "Site-A", "4103"));
        List<DevicePool> pools = new ArrayList<>(List.of(Records.pool("Site-A", "192.0.2.11", "192.0.2.12")));
        addresses.forEach(a -> pools.add(Records.pool("Site-A", a)));
        for (DevicePool pool : pools) {
            for (String name : names) {
                ConfigName config = ConfigName.parse(name).orElseThrow();
                java.util.Optional<Device> device = devices.stream()
                        .filter(d -> config.deviceId().map(d.id()::equals).orElse(false)).findFirst();
                renderer.render(config, new BuildInput(device, java.util.Optional.of(pool), Records.CLUSTER,
                        Records.MODELS)).ifPresent(b -> valid.add(new String(b, java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return valid;
    }

    /** Waits until every pool thread is blocked: the leader at the gate, the others on its result. */
    private void awaitAllWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long waiting = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("pool-"))
                    .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                    .filter(t -> java.util.Arrays.stream(t.getStackTrace())
                            .anyMatch(f -> f.getClassName().contains("SingleFlight")))
                    .count();
            if (waiting >= 16) {
                return;
            }
            Thread.sleep(5);
        }
    }
}
