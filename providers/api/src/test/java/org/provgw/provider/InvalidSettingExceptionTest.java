package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The start-up error line: file, key, value and reason. */
class InvalidSettingExceptionTest {

    @Test
    void messageNamesSourceKeyValueAndReason() {
        InvalidSettingException e = new InvalidSettingException("conf/provgw.properties",
                "provider.fs.root", "/srv/tftp", "directory does not exist");
        assertEquals("conf/provgw.properties: provider.fs.root = /srv/tftp: directory does not exist",
                e.getMessage());
        assertEquals("conf/provgw.properties", e.source());
        assertEquals("provider.fs.root", e.key());
        assertEquals("/srv/tftp", e.value());
        assertNull(e.getCause());
    }

    @Test
    void aMissingValueIsLeftOutOfTheMessage() {
        InvalidSettingException e = new InvalidSettingException("conf/provgw.properties",
                "provider.fs.root", null, "is required");
        assertEquals("conf/provgw.properties: provider.fs.root: is required", e.getMessage());
        assertNull(e.value());
        assertEquals("provider.fs.root", e.key());
    }

    @Test
    void anEmptyValueIsShownAsWritten() {
        InvalidSettingException e = new InvalidSettingException("f", "k", "", "blank");
        assertEquals("f: k = : blank", e.getMessage());
        assertEquals("", e.value());
    }

    @Test
    void isChecked() {
        assertFalse(RuntimeException.class.isAssignableFrom(InvalidSettingException.class));
    }
}
