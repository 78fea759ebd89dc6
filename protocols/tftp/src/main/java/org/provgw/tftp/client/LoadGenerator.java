package org.provgw.tftp.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a {@link LoadPlan}: a few selector threads, each keeping its share of the concurrency
 * busy, all drawing names from one shared counter, until {@code count} transfers have ended.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    /**
     * Runs the plan and returns when every transfer has ended.
     *
     * @param plan what to run
     * @param results called once per transfer, from the selector threads (concurrently when
     *     there are several): it must be thread-safe and quick
     * @throws IOException if a selector cannot be opened or fails
     * @throws InterruptedException if interrupted; transfers still open are abandoned
     */
    public static void run(LoadPlan plan, Consumer<TransferResult> results) throws IOException, InterruptedException {
        int threads = Math.min(plan.threads(), plan.concurrency());
        Supplier<String> feed = feed(plan);
        List<ClientLoop> loops = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int slots = plan.concurrency() / threads + (i < plan.concurrency() % threads ? 1 : 0);
            loops.add(new ClientLoop(plan.server(), plan.settings(), plan.sinks(), feed, slots, results));
        }
        if (threads == 1) {
            try {
                loops.get(0).runToCompletion();
            } catch (InterruptedIOException e) {
                throw new InterruptedException(e.getMessage());
            }
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ClientLoop loop = loops.get(i);
            Thread thread = new Thread(() -> {
                try {
                    loop.runToCompletion();
                } catch (InterruptedIOException e) {
                    // interrupted by run() below, which reports the interruption itself
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }, "tftp-client-" + i);
            thread.start();
            started.add(thread);
        }
        try {
            for (Thread thread : started) {
                thread.join();
            }
        } catch (InterruptedException e) {
            started.forEach(Thread::interrupt);
            for (Thread thread : started) {
                thread.join(1000);
            }
            throw e;
        }
        rethrow(failure.get());
    }

    private static Supplier<String> feed(LoadPlan plan) {
        AtomicInteger next = new AtomicInteger();
        List<String> names = plan.names();
        return () -> {
            int i = next.getAndIncrement();
            // stop the counter at count so that repeated calls after the end cannot overflow it
            if (i >= plan.count()) {
                next.set(plan.count());
                return null;
            }
            return names.get(i % names.size());
        };
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw e;
        } else if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        }
    }
}
