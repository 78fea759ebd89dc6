package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.serve.ServeAccess;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.FileProvider;
import org.provgw.provider.ProviderException;

/** A directory that stops answering: the source says so, and the cached files go on being served. */
class DirectoryDownTest {

    private static final Map<String, String> FAST = Map.of("timeout.connect", "500ms", "timeout.search", "1s",
            "retry-interval", "50ms");

    private TestDirectory directory;
    private FileProvider provider;
    private LdapDeviceSource source;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
        provider = Providers.create(directory, FAST);
        source = directory.source(FAST);
    }

    @AfterEach
    void stop() {
        source.close();
        provider.close();
        directory.close();
    }

    @Test
    void theSourceReportsAStoppedDirectoryAsAnOutageNotAsABadRecord() throws Exception {
        source.changes();
        directory.stop();
        ProviderException device = assertThrows(ProviderException.class, () -> source.device(Expected.id("0011AABBCC01")));
        assertFalse(device instanceof BadRecordException, device.toString());
        assertTrue(device.getMessage().contains(directory.url().substring("ldap://".length())), device.getMessage());
        assertThrows(ProviderException.class, () -> source.changes());
        assertThrows(ProviderException.class, () -> source.pool("HQ"));
        assertThrows(ProviderException.class, source::cluster);
    }

    @Test
    void cachedFilesAreServedWhileTheDirectoryIsStopped() throws Exception {
        byte[] phone = Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow();
        byte[] defaults = Providers.fetch(provider, "XMLDefault.cnf.xml").orElseThrow();
        directory.replace("cn=SEP0011AABBCC01,ou=phones,dc=example,dc=com", "provgwDirectoryURL", "http://192.0.2.99/x");
        directory.stop();
        ServeAccess.poll(provider);
        assertArrayEquals(phone, Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow());
        assertArrayEquals(defaults, Providers.fetch(provider, "XMLDefault.cnf.xml").orElseThrow());
        // Never built: the phone is told to retry rather than "not found".
        assertThrows(ProviderException.class, () -> Providers.fetch(provider, "SEP0011AABBCC03.cnf.xml"));
        assertTrue(ServeAccess.stats(provider).backendDown());
    }

    @Test
    void changesMadeDuringTheOutageAreServedOnceTheDirectoryIsBack() throws Exception {
        Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow();
        directory.stop();
        ServeAccess.poll(provider);
        directory.replace("cn=SEP0011AABBCC01,ou=phones,dc=example,dc=com", "provgwDirectoryURL", "http://192.0.2.99/x");
        directory.restart();
        ServeAccess.poll(provider);
        String file = new String(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow(),
                StandardCharsets.UTF_8);
        assertTrue(file.contains("http://192.0.2.99/x"), file);
        assertEquals(false, ServeAccess.stats(provider).backendDown());
    }
}
