package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A name that can never denote a file keeps the raw name apart from the client-safe reason. */
class IllegalPathExceptionTest {

    @Test
    void keepsTheRawNameAndTheReason() {
        IllegalPathException e = new IllegalPathException("../etc/passwd", "no climbing");
        assertEquals("../etc/passwd", e.rawName());
        assertEquals("no climbing", e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void theRawNameMayBeNull() {
        IllegalPathException e = new IllegalPathException(null, "missing file name");
        assertNull(e.rawName());
        assertEquals("missing file name", e.getMessage());
    }

    @Test
    void theRawNameIsNotPartOfTheMessage() {
        // the raw name is hostile input; the reason alone goes back to the client
        IllegalPathException e = new IllegalPathException("a\0b", "control character in file name");
        assertEquals("control character in file name", e.getMessage());
        assertEquals("a\0b", e.rawName());
    }

    @Test
    void isChecked() {
        assertFalse(RuntimeException.class.isAssignableFrom(IllegalPathException.class));
    }
}
