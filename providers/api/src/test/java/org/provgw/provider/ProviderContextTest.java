package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a factory gets: the instance name and its settings, both required. */
class ProviderContextTest {

    private final Settings settings =
            Settings.of(Map.of("root", "/srv/tftp"), "provider.fs.", Path.of("/etc/provgw"), "f");

    @Test
    void keepsNameAndSettings() {
        ProviderContext context = new ProviderContext("fs", settings);
        assertEquals("fs", context.instanceName());
        assertSame(settings, context.settings());
    }

    @Test
    void refusesNulls() {
        assertEquals("instanceName", assertThrows(NullPointerException.class,
                () -> new ProviderContext(null, settings)).getMessage());
        assertEquals("settings", assertThrows(NullPointerException.class,
                () -> new ProviderContext("fs", null)).getMessage());
    }
}
