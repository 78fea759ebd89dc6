package org.provgw.gateway.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutageTrackerTest {

    @Test
    void onlyTheFirstFailureAfterASuccessOpensAnOutage() {
        OutageTracker tracker = new OutageTracker();

        assertEquals(0, tracker.succeeded());
        assertTrue(tracker.failed());
        assertFalse(tracker.failed());
        assertFalse(tracker.failed());
        assertEquals(3, tracker.succeeded());
        assertEquals(0, tracker.succeeded());
        assertTrue(tracker.failed());
    }

    @Test
    void failureTypesAreReportedOnce() {
        FirstOccurrences seen = new FirstOccurrences();

        assertTrue(seen.first(new IllegalStateException("a")));
        assertFalse(seen.first(new IllegalStateException("b")));
        assertTrue(seen.first(new NullPointerException()));
    }
}
