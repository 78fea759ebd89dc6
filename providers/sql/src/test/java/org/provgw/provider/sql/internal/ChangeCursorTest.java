package org.provgw.provider.sql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    private final AtomicLong now = new AtomicLong();
    private final ChangeCursor cursor = new ChangeCursor(now::get);

    @Test
    void contiguousIdsMoveTheFloorToTheHighest() {
        cursor.start(10);
        assertTrue(cursor.accept(11));
        assertTrue(cursor.accept(12));
        cursor.endOfPoll();
        assertEquals(12, cursor.floor());
    }

    @Test
    void aMissingIdKeepsTheFloorBelowItAndIsAcceptedWhenItShowsUp() {
        cursor.start(10);
        assertTrue(cursor.accept(12));
        cursor.endOfPoll();
        assertEquals(10, cursor.floor(), "11 may still commit");

        assertFalse(cursor.accept(12), "12 was processed already");
        assertTrue(cursor.accept(11));
        cursor.endOfPoll();
        assertEquals(12, cursor.floor());
    }

    @Test
    void aGapThatNeverFillsIsGivenUpAfterThePatience() {
        cursor.start(0);
        cursor.accept(2);
        cursor.endOfPoll();
        assertEquals(0, cursor.floor());

        now.addAndGet(ChangeCursor.PATIENCE.toNanos() + 1);
        cursor.endOfPoll();
        assertEquals(2, cursor.floor());
    }

    @Test
    void idsAtOrBelowTheFloorAreNotProcessedAgain() {
        cursor.start(5);
        assertFalse(cursor.accept(5));
        assertFalse(cursor.accept(3));
    }

    @Test
    void aHugeJumpIsNotTrackedIdById() {
        cursor.start(0);
        cursor.accept(ChangeCursor.MAX_TRACKED_GAP + 10L);
        cursor.endOfPoll();
        assertEquals(ChangeCursor.MAX_TRACKED_GAP + 10L, cursor.floor());
    }
}
