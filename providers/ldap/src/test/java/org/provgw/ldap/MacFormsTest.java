package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.provider.FileProvider;

/** A phone is found whatever form its MAC is written in, and whatever case the phone asks in. */
class MacFormsTest {

    private static TestDirectory directory;
    private static FileProvider provider;
    private static LdapDeviceSource source;

    @BeforeAll
    static void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.FIXTURE);
        String[][] forms = {
            {"A1", "00:1a:2b:3c:4d:a1"}, {"A2", "0:1a:2b:3c:4d:a2"}, {"A3", "001A2B3C4DA3"}, {"A4", "00-1A-2B-3C-4D-A4"},
            {"A5", "0-1a-2b-3c-4d-a5"}, {"A6", "001a.2b3c.4da6"}, {"A7", "00:1A:2B:3C:4D:A7"}, {"A8", "001a2b3c4da8"},
        };
        for (String[] form : forms) {
            directory.server().add("dn: cn=Phone " + form[0] + ",ou=phones,dc=example,dc=com", "objectClass: device",
                    "objectClass: ieee802Device", "objectClass: provgwPhone", "cn: Phone " + form[0],
                    "macAddress: " + form[1], "provgwModel: Cisco 7942",
                    "provgwDevicePool: cn=HQ,ou=pools,dc=example,dc=com");
        }
        // Found by name alone: no macAddress, and not an ieee802Device.
        directory.server().add("dn: cn=SEP001A2B3C4DA9,ou=phones,dc=example,dc=com", "objectClass: device",
                "objectClass: provgwPhone", "cn: SEP001A2B3C4DA9", "provgwModel: Cisco 7942",
                "provgwDevicePool: cn=HQ,ou=pools,dc=example,dc=com");
        provider = Providers.create(directory, Map.of());
        source = directory.source(Map.of());
    }

    @AfterAll
    static void stop() {
        source.close();
        provider.close();
        directory.close();
    }

    @ParameterizedTest(name = "{0} written {1}")
    @CsvSource({"001A2B3C4DA1, colons", "001A2B3C4DA2, colons without leading zeros", "001A2B3C4DA3, bare uppercase",
        "001A2B3C4DA4, dashes", "001A2B3C4DA5, dashes without leading zeros", "001A2B3C4DA6, Cisco dots",
        "001A2B3C4DA7, uppercase colons", "001A2B3C4DA8, bare lowercase", "001A2B3C4DA9, cn=SEP<MAC> only"})
    void everyFormIsFoundAndServed(String mac, String form) throws Exception {
        assertEquals(mac, source.device(Expected.id(mac)).orElseThrow().id().mac(), form);
        for (String name : new String[] {"SEP" + mac + ".cnf.xml", "sep" + mac.toLowerCase() + ".cnf.xml"}) {
            Optional<byte[]> file = Providers.fetch(provider, name);
            assertTrue(file.isPresent(), name + " (" + form + ")");
            assertTrue(new String(file.get(), StandardCharsets.UTF_8).contains("<deviceProtocol>SCCP</deviceProtocol>"),
                    name);
        }
        assertTrue(source.devices().contains(Expected.id(mac)), "listed: " + form);
    }
}
