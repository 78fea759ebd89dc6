package org.provgw.cisco.serve;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import org.provgw.provider.ProviderException;

/**
 * Runs one build per key at a time: when a thousand phones ask for {@code XMLDefault.cnf.xml} at
 * once, one thread builds it and the others wait for that result instead of each querying the
 * backend. Thread-safe.
 *
 * @param <K> the key
 * @param <V> the result
 */
final class SingleFlight<K, V> {

    /** The work of one build. */
    @FunctionalInterface
    interface Work<V> {
        V run() throws ProviderException;
    }

    private final ConcurrentMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /**
     * @return the result of {@code work}, run by this thread or by the one already running it
     * @throws ProviderException what the work threw, or if the wait was interrupted
     */
    V run(K key, Work<V> work) throws ProviderException {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            V result = work.run();
            mine.complete(result);
            return result;
        } catch (ProviderException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private V await(CompletableFuture<V> future) throws ProviderException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("interrupted while waiting for a build", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProviderException p) {
                throw p;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
    }
}
