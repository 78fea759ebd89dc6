package org.provgw.provider.tck;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.provgw.provider.FileProvider;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;

/**
 * Many threads finding and reading every fixture file at once, each from its own client address,
 * in its own order and chunk size, as a boot storm does.
 */
final class ConcurrentReaders {

    /** Guards against a deadlocked provider hanging the build; not a performance limit. */
    private static final long HANG_GUARD_MINUTES = 5;
    private static final int ROUNDS = 2;

    private final FileProvider provider;
    private final Fixture fixture;

    ConcurrentReaders(FileProvider provider, Fixture fixture) {
        this.provider = provider;
        this.fixture = fixture;
    }

    /** @return a description of every wrong answer, empty when all threads read exact bytes */
    List<String> run(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(reader(t, start)));
            }
            start.countDown();
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> result : results) {
                try {
                    failures.addAll(result.get(HANG_GUARD_MINUTES, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    failures.add("a reader failed: " + e.getCause());
                }
            }
            return failures;
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<List<String>> reader(int thread, CountDownLatch start) {
        return () -> {
            byte[] ip = {10, 0, (byte) (thread >> 8), (byte) thread};
            InetSocketAddress client =
                    new InetSocketAddress(InetAddress.getByAddress(ip), 20000 + thread);
            Protocol protocol = thread % 2 == 0 ? Protocol.TFTP : Protocol.HTTP;
            int chunk = 512 + 7 * thread;
            List<String> paths = new ArrayList<>(fixture.paths());
            Collections.shuffle(paths, new Random(thread));
            List<String> failures = new ArrayList<>();
            start.await();
            for (int round = 0; round < ROUNDS; round++) {
                for (String path : paths) {
                    Optional<ProvidedFile> found =
                            provider.find(KitRequests.request(path, client, protocol));
                    if (found.isEmpty()) {
                        failures.add("thread " + thread + ": not found " + path);
                        continue;
                    }
                    try (ProvidedFile file = found.get()) {
                        if (!Arrays.equals(fixture.content(path), Reads.readAll(file, chunk))) {
                            failures.add("thread " + thread + ": wrong bytes for " + path);
                        }
                    }
                }
            }
            return failures;
        };
    }
}
