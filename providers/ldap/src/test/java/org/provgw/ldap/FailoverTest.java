package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.provgw.cisco.serve.ServeAccess;
import org.provgw.provider.FileProvider;

/** Two replicas: when the first stops, the provider goes on with the second. */
class FailoverTest {

    private TestDirectory first;
    private TestDirectory second;
    private FileProvider provider;

    @BeforeEach
    void start() throws Exception {
        first = TestDirectory.start(TestDirectory.FIXTURE);
        second = TestDirectory.start(TestDirectory.FIXTURE);
        provider = Providers.create(first, Map.of("url", first.url() + ", " + second.url(),
                "timeout.connect", "1s", "retry-interval", "50ms"));
    }

    @AfterEach
    void stop() {
        provider.close();
        first.close();
        second.close();
    }

    @Test
    void theFirstServerAnswersWhileItIsUp() throws Exception {
        assertTrue(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").isPresent());
        assertEquals(1, first.deviceSearches());
        assertEquals(0, second.deviceSearches());
    }

    @Test
    void whenTheFirstServerStopsTheSecondAnswers() throws Exception {
        assertTrue(Providers.fetch(provider, "SEP0011AABBCC01.cnf.xml").isPresent());
        first.stop();
        // Not built yet, so it must be read: from the second server.
        Optional<byte[]> phone = Providers.fetch(provider, "SEP0011AABBCC02.cnf.xml");
        assertTrue(phone.isPresent());
        assertEquals(1, second.deviceSearches());
        second.replace("cn=Sales 8841,ou=phones,dc=example,dc=com", "provgwIdleTimeout", "900");
        ServeAccess.poll(provider);
        assertTrue(new String(Providers.fetch(provider, "SEP0011AABBCC02.cnf.xml").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8).contains("900"));
    }
}
