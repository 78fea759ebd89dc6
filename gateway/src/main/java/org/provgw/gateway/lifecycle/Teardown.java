package org.provgw.gateway.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Undo steps recorded as components start, run in reverse order: what started last stops first.
 * Running them empties the list, so a second run does nothing. A failing step is logged and
 * the others still run. Not thread-safe: the gateway calls it under its own lock.
 */
public final class Teardown {

    private static final Logger LOG = LogManager.getLogger(Teardown.class);

    /** An undo step. */
    @FunctionalInterface
    public interface Step {
        /** @throws Exception if undoing fails; the remaining steps still run */
        void run() throws Exception;
    }

    private record Named(String what, Step step) {
    }

    private final Deque<Named> steps = new ArrayDeque<>();

    /**
     * @param what the component, for the log, e.g. {@code provider fs}
     * @param step how to stop or close it
     */
    public void push(String what, Step step) {
        steps.push(new Named(what, step));
    }

    /** @return the failures of the steps that failed, in run order; empty when all succeeded */
    public List<Exception> runAll() {
        List<Exception> failures = new ArrayList<>();
        while (!steps.isEmpty()) {
            Named next = steps.pop();
            try {
                next.step().run();
                LOG.debug("stop({}) done", next.what());
            } catch (Exception e) {
                LOG.warn("stopping {} failed", next.what(), e);
                failures.add(e);
            }
        }
        return failures;
    }
}
