package org.provgw.gateway.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.provgw.gateway.config.ExecutorConfig;

class LookupExecutorTest {

    @Test
    void aSaturatedPoolRefusesInsteadOfBlockingTheCaller() throws Exception {
        ThreadPoolExecutor pool = LookupExecutor.create(new ExecutorConfig(1, 1));
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> await(release));
            pool.execute(() -> await(release));

            RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
            assertEquals("the look-up pool is saturated: 1 threads busy and 1 look-ups waiting", e.getMessage());
        } finally {
            release.countDown();
            LookupExecutor.shutdown(pool, Duration.ofSeconds(10));
        }
        assertTrue(pool.isTerminated());
    }

    @Test
    void aZeroQueueHandsOffOrRefuses() throws Exception {
        ThreadPoolExecutor pool = LookupExecutor.create(new ExecutorConfig(1, 0));
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> await(release));

            assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
        } finally {
            release.countDown();
            LookupExecutor.shutdown(pool, Duration.ofSeconds(10));
        }
    }

    @Test
    void threadsAreNamedDaemons() throws Exception {
        ThreadPoolExecutor pool = LookupExecutor.create(new ExecutorConfig(2, 10));
        try {
            CompletableFuture<Thread> thread = CompletableFuture.supplyAsync(Thread::currentThread, pool);

            assertEquals("provgw-lookup-1", thread.get().getName());
            assertTrue(thread.get().isDaemon());
        } finally {
            LookupExecutor.shutdown(pool, Duration.ofSeconds(10));
        }
    }

    @Test
    void aShutDownPoolRefusesWithItsOwnMessage() {
        ThreadPoolExecutor pool = LookupExecutor.create(new ExecutorConfig(1, 1));
        LookupExecutor.shutdown(pool, Duration.ofSeconds(10));

        RejectedExecutionException e = assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
        assertEquals("the look-up pool is shut down", e.getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
