package org.provgw.gateway.fakes;

import java.util.ArrayList;
import java.util.List;

/** What the fake plugins did, in order, so lifecycle tests can assert start and stop order. */
public final class Events {

    private static final List<String> EVENTS = new ArrayList<>();

    private Events() {
    }

    /** Forgets everything recorded so far; call before each test. */
    public static synchronized void clear() {
        EVENTS.clear();
    }

    static synchronized void record(String event) {
        EVENTS.add(event);
    }

    /** @return a copy of the events so far */
    public static synchronized List<String> all() {
        return List.copyOf(EVENTS);
    }
}
