package org.provgw.gateway.lifecycle;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.gateway.config.ExecutorConfig;

/**
 * The bounded pool provider look-ups run on. When every thread is busy and the queue is full, a new
 * look-up is refused at once with {@link RejectedExecutionException}, which endpoints answer as
 * "busy": blocking the caller instead would stall a network I/O thread.
 */
public final class LookupExecutor {

    private static final Logger LOG = LogManager.getLogger(LookupExecutor.class);
    private static final long IDLE_SECONDS = 60;

    private LookupExecutor() {
    }

    /**
     * @param config threads and queue bound
     * @return a pool of daemon threads named {@code provgw-lookup-N}
     */
    public static ThreadPoolExecutor create(ExecutorConfig config) {
        // a zero-length queue is a hand-off: a look-up runs on an idle thread or is refused
        BlockingQueue<Runnable> queue = config.queue() == 0
                ? new SynchronousQueue<>() : new LinkedBlockingQueue<>(config.queue());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(),
                IDLE_SECONDS, TimeUnit.SECONDS, queue, new LookupThreads(), LookupExecutor::refuse);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Stops accepting look-ups, lets running ones finish for up to {@code grace}, then interrupts.
     *
     * @param pool the pool
     * @param grace how long to wait for running look-ups
     */
    public static void shutdown(ThreadPoolExecutor pool, Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("look-ups still running after {} ms; interrupting {} threads",
                        grace.toMillis(), pool.getActiveCount());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void refuse(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("the look-up pool is shut down");
        }
        throw new RejectedExecutionException("the look-up pool is saturated: " + pool.getMaximumPoolSize()
                + " threads busy and " + pool.getQueue().size() + " look-ups waiting");
    }

    /** Daemon threads, so that a stuck look-up never keeps the JVM alive after stop. */
    private static final class LookupThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "provgw-lookup-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
