package org.provgw.tftp.hpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The init script's composition of /etc/default/tftpd-hpa. */
class DebianDefaultsTest {

    @Test
    void composesTheInitScriptsCommandLineInTheForeground() throws Exception {
        assertEquals(List.of("--foreground", "--user", "tftp", "--address", ":69", "--secure", "/srv/tftp"),
                DebianDefaults.arguments(Map.of("TFTP_USERNAME", "tftp", "TFTP_DIRECTORY", "/srv/tftp",
                        "TFTP_ADDRESS", ":69", "TFTP_OPTIONS", "--secure")));
    }

    @Test
    void splitsOptionsAndDirectoriesAtWhiteSpaceOnly() throws Exception {
        assertEquals(List.of("--foreground", "--user", "tftp", "-c", "--map-file", "'/etc/my", "map'", "-v",
                "/srv/a", "/srv/b"),
                DebianDefaults.arguments(Map.of("TFTP_USERNAME", " tftp ", "TFTP_DIRECTORY", "/srv/a \t/srv/b",
                        "TFTP_OPTIONS", "  -c --map-file '/etc/my map'\t-v ")));
    }

    @Test
    void anUnsetVariableLeavesItsOptionOut() throws Exception {
        assertEquals(List.of("--foreground", "--secure", "/srv/tftp"),
                DebianDefaults.arguments(Map.of("TFTP_DIRECTORY", "/srv/tftp", "TFTP_OPTIONS", "--secure",
                        "TFTP_USERNAME", "")));
    }

    @Test
    void refusesSecureWithSeveralDirectoriesAsTheInitScriptDoes() {
        TftpdUsageException e = assertThrows(TftpdUsageException.class, () -> DebianDefaults.arguments(Map.of(
                "TFTP_DIRECTORY", "/srv/a /srv/b", "TFTP_OPTIONS", "--secure --create")));
        assertTrue(e.getMessage().startsWith("When --secure is specified, exactly one directory"), e.getMessage());
    }
}
