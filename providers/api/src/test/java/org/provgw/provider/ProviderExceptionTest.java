package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** "Backend down": a checked exception that keeps what failed and why. */
class ProviderExceptionTest {

    @Test
    void keepsTheMessage() {
        ProviderException e = new ProviderException("database unreachable");
        assertEquals("database unreachable", e.getMessage());
        assertNull(e.getCause());
    }

    @Test
    void keepsTheMessageAndTheCause() {
        IOException cause = new IOException("connection refused");
        ProviderException e = new ProviderException("database unreachable", cause);
        assertEquals("database unreachable", e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void isChecked() {
        assertFalse(RuntimeException.class.isAssignableFrom(ProviderException.class));
    }
}
