package org.provgw.http.conn;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** An executor that runs tasks only when the test says so, or refuses them. */
final class ManualExecutor implements Executor {

    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    boolean refuse;

    @Override
    public synchronized void execute(Runnable task) {
        if (refuse) {
            throw new RejectedExecutionException("refused by the test");
        }
        tasks.add(task);
    }

    /** Runs queued tasks, and tasks they queue, until none is left. */
    void runAll() {
        Runnable task;
        while ((task = poll()) != null) {
            task.run();
        }
    }

    synchronized int pending() {
        return tasks.size();
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}
