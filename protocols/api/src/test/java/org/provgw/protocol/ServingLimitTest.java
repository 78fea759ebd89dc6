package org.provgw.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ServingLimitTest {

    private static final InetAddress A = address("192.0.2.1");
    private static final InetAddress B = address("192.0.2.2");

    @Test
    void overallCapRefusesAndCounts() {
        ServingLimit limit = new ServingLimit(2, ServingLimit.UNLIMITED);
        Optional<ServingLimit.Slot> first = limit.tryAcquire(A);
        Optional<ServingLimit.Slot> second = limit.tryAcquire(B);
        assertTrue(first.isPresent() && second.isPresent());
        assertTrue(limit.tryAcquire(A).isEmpty());
        assertEquals(1, limit.refusedTotal());
        assertEquals(0, limit.refusedPerClient());
        first.get().close();
        assertTrue(limit.tryAcquire(A).isPresent());
        assertEquals(3, limit.granted());
    }

    @Test
    void perClientCapLeavesOtherClientsAlone() {
        ServingLimit limit = new ServingLimit(ServingLimit.UNLIMITED, 1);
        ServingLimit.Slot a = limit.tryAcquire(A).orElseThrow();
        assertTrue(limit.tryAcquire(A).isEmpty());
        assertTrue(limit.tryAcquire(B).isPresent());
        assertEquals(1, limit.refusedPerClient());
        assertEquals(0, limit.refusedTotal());
        assertEquals(2, limit.inUse());
        a.close();
        assertEquals(0, limit.inUse(A));
    }

    @Test
    void refusalPerClientDoesNotConsumeAnOverallSlot() {
        ServingLimit limit = new ServingLimit(2, 1);
        limit.tryAcquire(A).orElseThrow();
        assertTrue(limit.tryAcquire(A).isEmpty());
        assertEquals(1, limit.inUse());
        assertTrue(limit.tryAcquire(B).isPresent());
    }

    @Test
    void closingTwiceReleasesOnce() {
        ServingLimit limit = new ServingLimit(ServingLimit.UNLIMITED, ServingLimit.UNLIMITED);
        ServingLimit.Slot a1 = limit.tryAcquire(A).orElseThrow();
        limit.tryAcquire(A).orElseThrow();
        a1.close();
        a1.close();
        assertEquals(1, limit.inUse());
        assertEquals(1, limit.inUse(A));
        assertEquals(1, limit.clients());
    }

    @Test
    void negativeCapsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ServingLimit(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ServingLimit(0, -1));
    }

    @Test
    void concurrentAcquireNeverExceedsTheCapAndAllReleasesReturnToZero() throws Exception {
        ServingLimit limit = new ServingLimit(8, 3);
        InetAddress[] clients = {A, B, address("192.0.2.3"), address("192.0.2.4")};
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger overPerClient = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            jobs.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 20_000; i++) {
                    InetAddress client = clients[(thread + i) % clients.length];
                    Optional<ServingLimit.Slot> slot = limit.tryAcquire(client);
                    if (slot.isPresent()) {
                        highest.accumulateAndGet(limit.inUse(), Math::max);
                        if (limit.inUse(client) > 3) {
                            overPerClient.incrementAndGet();
                        }
                        slot.get().close();
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (var job : jobs) {
            job.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(highest.get() <= 8, "in use peaked at " + highest.get());
        assertEquals(0, overPerClient.get());
        assertEquals(0, limit.inUse());
        assertEquals(0, limit.clients());
        assertEquals(8 * 20_000, limit.granted() + limit.refusedTotal() + limit.refusedPerClient());
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
