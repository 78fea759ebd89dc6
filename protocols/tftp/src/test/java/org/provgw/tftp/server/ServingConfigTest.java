package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

class ServingConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaults() throws Exception {
        ServingConfig config = ServingConfig.from(settings(Map.of()));
        assertEquals(4000, config.maxTransfers());
        assertEquals(0, config.maxTransfersPerClient(), "no per-client cap: NAT puts many phones behind one address");
        assertFalse(config.uploads().isPresent());
    }

    @Test
    void capsAndUploads() throws Exception {
        ServingConfig config = ServingConfig.from(settings(Map.of("max-transfers", "0",
                "max-transfers-per-client", "50", "upload.root", dir.toString())));
        assertEquals(0, config.maxTransfers());
        assertEquals(50, config.maxTransfersPerClient());
        assertTrue(config.uploads().isPresent());
        assertEquals(0, config.newLimit().maxTotal());
        assertEquals(50, config.newLimit().maxPerClient());
    }

    @Test
    void theProtocolKnowsEveryKey() {
        assertTrue(new TftpProtocolFactory().settingKeys().containsAll(ServingConfig.KEYS));
        assertTrue(new TftpProtocolFactory().settingKeys().containsAll(TftpConfig.KEYS));
        assertTrue(ServingConfig.KEYS.contains("upload.max-size"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "max-transfers|-1",
        "max-transfers|lots",
        "max-transfers-per-client|-2",
        "max-transfers-per-client|2000000"})
    void badValuesNameTheKeyValueAndFile(String key, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(key, value);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> ServingConfig.from(settings(values)));
        assertEquals("tftp." + key, e.key());
    }

    private static Settings settings(Map<String, String> values) {
        return Settings.of(values, "tftp.", Path.of("."), "provgw.properties");
    }
}
