package org.provgw.http.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.http.tls.TestCertificates;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

class TlsConfigTest {

    @TempDir
    static Path dir;
    static TestCertificates.Material keys;

    @BeforeAll
    static void generate() throws Exception {
        keys = TestCertificates.generate(dir, "tls", "EC");
    }

    private static Settings settings(String... keyValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return Settings.of(values, "https.", dir, "conf/provgw.properties");
    }

    @Test
    void pemOrPkcs12WithRelativePathsAndDefaults() throws Exception {
        TlsConfig pem = TlsConfig.from(settings("certificate", "tls-cert.pem", "private-key", "tls-key.pem"));
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), pem.protocols());
        assertTrue(pem.unsignedFallback());
        TlsConfig p12 = TlsConfig.from(settings("keystore", "tls.p12", "keystore.password", TestCertificates.PASSWORD,
                "protocols", "TLSv1.2", "sgn-fallback", "false"));
        assertEquals(List.of("TLSv1.2"), p12.protocols());
        assertFalse(p12.unsignedFallback());
    }

    @Test
    void withoutKeyMaterialTheStartFailsSayingWhatToSet() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings()));
        assertEquals("https.certificate", e.key());
        assertTrue(e.getMessage().contains("https.keystore"), e.getMessage());
    }

    @Test
    void badKeyMaterialNamesTheKeyThatPointsAtIt() {
        assertEquals("https.keystore", assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "keystore", "tls.p12", "keystore.password", "wrong"))).key());
        assertEquals("https.keystore", assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "keystore", "tls.p12", "certificate", "tls-cert.pem"))).key());
        assertEquals("https.certificate", assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "certificate", "missing.pem", "private-key", "tls-key.pem"))).key());
        assertEquals("https.private-key", assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "certificate", "tls-cert.pem", "private-key", "tls-cert.pem"))).key());
        assertEquals("https.private-key", assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "private-key", "tls-key.pem"))).key());
        InvalidSettingException message = assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "keystore", "tls.p12", "keystore.password", "wrong")));
        assertFalse(message.getMessage().contains("wrong"), "a password is never printed");
    }

    @Test
    void onlyTls12And13() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> TlsConfig.from(settings(
                "certificate", "tls-cert.pem", "private-key", "tls-key.pem", "protocols", "TLSv1.3, TLSv1.1")));
        assertEquals("https.protocols", e.key());
    }
}
