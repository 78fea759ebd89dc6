package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.File;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.SelfSignedCertificateGenerator;
import com.unboundid.util.ObjectPair;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.ldap.config.LdapSettings;
import org.provgw.cisco.serve.ServeSettings;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderException;
import org.provgw.provider.Settings;

/** LDAPS and StartTLS against a server whose self-signed certificate is in the configured trust store. */
class TlsTest {

    @TempDir
    static Path dir;

    private static InMemoryDirectoryServer server;
    private static Path trustStore;
    private static Path pem;
    private static Path untrusted;

    @BeforeAll
    static void start() throws Exception {
        ObjectPair<File, char[]> serverKeys =
                SelfSignedCertificateGenerator.generateTemporarySelfSignedCertificate("provgw-test", "PKCS12");
        ObjectPair<File, char[]> otherKeys =
                SelfSignedCertificateGenerator.generateTemporarySelfSignedCertificate("provgw-test", "PKCS12");
        Certificate certificate = firstCertificate(serverKeys);
        trustStore = dir.resolve("trust.p12");
        writeTrustStore(trustStore, certificate, "changeit");
        untrusted = dir.resolve("other.p12");
        writeTrustStore(untrusted, firstCertificate(otherKeys), "changeit");
        pem = dir.resolve("ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");

        SSLUtil serverTls = new SSLUtil(new KeyStoreKeyManager(serverKeys.getFirst(), serverKeys.getSecond(),
                "PKCS12", null), new TrustAllTrustManager());
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(TestDirectory.BASE);
        config.setSchema(TestDirectory.schema());
        config.addAdditionalBindCredentials(TestDirectory.MANAGER, TestDirectory.MANAGER_PASSWORD);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(), 0,
                        serverTls.createSSLServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPConfig("starttls", InetAddress.getLoopbackAddress(), 0,
                        serverTls.createSSLSocketFactory()));
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(false, TestDirectory.FIXTURE.toFile());
        server.startListening();
    }

    @AfterAll
    static void stop() {
        server.shutDown(true);
    }

    @Test
    void ldapsWithTheCertificateInAPkcs12TrustStore() throws Exception {
        assertFindsThePhone(Map.of("url", "ldaps://127.0.0.1:" + server.getListenPort("ldaps"),
                "trust-store", trustStore.toString(), "trust-store.password", "changeit", "verify-hostname", "false"));
    }

    @Test
    void startTlsWithTheCertificateInAPemFileAndABind() throws Exception {
        Path secret = dir.resolve("bind.secret");
        Files.writeString(secret, TestDirectory.MANAGER_PASSWORD + "\n");
        assertFindsThePhone(Map.of("url", "ldap://127.0.0.1:" + server.getListenPort("starttls"), "start-tls", "true",
                "trust-store", pem.toString(), "verify-hostname", "false", "bind.dn", TestDirectory.MANAGER,
                "bind.password-file", secret.toString()));
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedIsNotUsed() throws Exception {
        try (LdapDeviceSource source = source(Map.of("url", "ldaps://127.0.0.1:" + server.getListenPort("ldaps"),
                "trust-store", untrusted.toString(), "trust-store.password", "changeit", "verify-hostname", "false",
                "timeout.connect", "2s"))) {
            assertThrows(ProviderException.class, () -> source.device(Expected.id("0011AABBCC01")));
        }
    }

    @Test
    void aServerThatNeverAnswersStartTlsFailsWithinTheBindTimeoutNotTheOthers() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             LdapDeviceSource source = source(Map.of("url", "ldap://127.0.0.1:" + silent.getLocalPort(),
                     "start-tls", "true", "trust-store", pem.toString(), "verify-hostname", "false",
                     "timeout.connect", "60s", "timeout.search", "60s", "timeout.bind", "500ms"))) {
            long started = System.nanoTime();
            assertThrows(ProviderException.class, () -> source.device(Expected.id("0011AABBCC01")));
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            assertTrue(seconds < 30, "gave up after " + seconds + " s, not within the 500 ms bind timeout");
        }
    }

    @Test
    void aTrustStoreThatDoesNotLoadIsAStartUpError() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.p12"), "not a key store");
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> source(Map.of("url", "ldaps://127.0.0.1:1", "trust-store", garbage.toString())));
        assertEquals("provider.dir.trust-store", e.key());
        InvalidSettingException noPassword = assertThrows(InvalidSettingException.class,
                () -> source(Map.of("url", "ldaps://127.0.0.1:1", "trust-store", trustStore.toString())));
        assertTrue(noPassword.getMessage().contains("trust-store.password"), noPassword.getMessage());
    }

    private static void assertFindsThePhone(Map<String, String> settings) throws Exception {
        try (LdapDeviceSource source = source(settings)) {
            assertEquals(Optional.of(Expected.sccpPhone()), source.device(Expected.id("0011AABBCC01")));
        }
    }

    private static LdapDeviceSource source(Map<String, String> values) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("base", TestDirectory.BASE);
        return LdapDeviceSource.open(LdapSettings.parse(Settings.of(all, "provider.dir.", dir, "test.properties"),
                name -> null, ServeSettings.KEYS));
    }

    private static Certificate firstCertificate(ObjectPair<File, char[]> keys) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.getFirst().toPath())) {
            store.load(in, keys.getSecond());
        }
        return store.getCertificate(store.aliases().nextElement());
    }

    private static void writeTrustStore(Path file, Certificate certificate, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("directory", certificate);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
    }
}
