package org.provgw.cisco.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The thread that asks the source for changes every interval, or at once when woken (a
 * PostgreSQL NOTIFY). Before its first poll it runs a start task (the optional pre-build). It
 * is a daemon thread: a source stuck in a call never keeps the JVM alive.
 */
final class ChangePoller implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(ChangePoller.class);

    private final Thread thread;
    private final long intervalNanos;
    private final Runnable startTask;
    private final Runnable poll;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Set<Class<?>> failuresSeen = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    ChangePoller(String provider, Duration interval, Runnable startTask, Runnable poll) {
        this.intervalNanos = interval.toNanos();
        this.startTask = startTask;
        this.poll = poll;
        this.thread = new Thread(this::loop, "provgw-" + provider + "-changes");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Polls as soon as possible instead of at the end of the interval. */
    void wakeUp() {
        wakeUps.release();
    }

    /** Stops the thread, interrupting a poll in progress, and waits briefly for it. */
    @Override
    public void close() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        runGuarded(startTask);
        while (!stopping) {
            try {
                wakeUps.tryAcquire(intervalNanos, TimeUnit.NANOSECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                return;
            }
            if (!stopping) {
                runGuarded(poll);
            }
        }
    }

    private void runGuarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // a bug in a source or renderer must not end change detection for good
            if (!stopping && failuresSeen.add(e.getClass())) {
                LOG.error("change poller {} failed (logged once per failure type); it polls again at the next"
                        + " interval", thread.getName(), e);
            }
        }
    }
}
