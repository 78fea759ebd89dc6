package org.provgw.provider.fs.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnreadableWarningsTest {

    @Test
    void warnsOncePerPath() {
        UnreadableWarnings warnings = new UnreadableWarnings("fs");
        assertTrue(warnings.warn("/srv/tftp/a"));
        assertFalse(warnings.warn("/srv/tftp/a"));
        assertTrue(warnings.warn("/srv/tftp/b"));
    }
}
