package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.cisco.serve.ServeAccess;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderException;

class LdapProviderFactoryTest {

    @TempDir
    Path dir;

    private TestDirectory directory;

    @BeforeEach
    void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
    }

    @AfterEach
    void stop() {
        directory.close();
    }

    @Test
    void isFoundByServiceLoaderUnderItsType() {
        Set<String> types = ServiceLoader.load(FileProviderFactory.class).stream().map(p -> p.get().type())
                .collect(Collectors.toSet());
        assertTrue(types.contains("ldap"), types.toString());
    }

    @Test
    void acceptsItsOwnAndTheServingLayersKeys() {
        Set<String> keys = new LdapProviderFactory().settingKeys();
        assertTrue(keys.containsAll(Set.of("url", "base", "bind.dn", "attribute.mac-address", "poll-interval",
                "negative-cache.ttl", "prebuild")), keys.toString());
        assertFalse(keys.contains("type"));
    }

    @Test
    void aBindWithTheRightPasswordServes() throws Exception {
        Path secret = Files.writeString(dir.resolve("ldap.secret"), TestDirectory.MANAGER_PASSWORD);
        try (FileProvider provider = Providers.create(directory, Map.of("bind.dn", TestDirectory.MANAGER,
                "bind.password-file", secret.toString()))) {
            assertTrue(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").isPresent());
        }
    }

    @Test
    void aRefusedBindStopsTheStartWithoutShowingThePassword() throws Exception {
        Path secret = Files.writeString(dir.resolve("ldap.secret"), "wrong-password-value");
        ProviderException e = assertThrows(ProviderException.class, () -> Providers.create(directory,
                Map.of("bind.dn", TestDirectory.MANAGER, "bind.password-file", secret.toString())));
        assertTrue(e.getMessage().contains("refused to bind as " + TestDirectory.MANAGER), e.getMessage());
        assertTrue(e.getMessage().contains(secret.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-password-value"), e.getMessage());
    }

    @Test
    void aBaseThatDoesNotExistStopsTheStart() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> Providers.create(directory, Map.of("base", "ou=absent,dc=example,dc=com")));
        assertEquals("provider.dir.base", e.key());
        assertTrue(e.getMessage().contains("no such entry"), e.getMessage());
    }

    @Test
    void aDirectoryDownAtStartDoesNotStopItAndIsUsedOnceBack() throws Exception {
        directory.stop();
        try (FileProvider provider = Providers.create(directory, Map.of("timeout.connect", "500ms",
                "retry-interval", "50ms"))) {
            assertThrows(ProviderException.class, () -> Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml"));
            directory.restart();
            ServeAccess.poll(provider);
            assertTrue(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").isPresent());
        }
    }
}
