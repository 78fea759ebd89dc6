package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.ProviderException;
import org.provgw.provider.sql.internal.SqlProvider;

/**
 * Rows that cannot be mapped make that one device unavailable, with a message naming the query
 * and the column; the other devices are served. A query that lacks a column is an outage.
 */
@Timeout(60)
class BadRowsTest {

    /** The shipped device query, with D04's protocol and D01's pool replaced by bad values. */
    private static final String BAD_DEVICE_QUERY = "SELECT d.description, d.model, m.type_code,"
            + " CASE WHEN d.name = 'SEP0011AABBCC04' THEN 'H323' ELSE d.protocol END AS protocol,"
            + " CASE WHEN d.name = 'SEP0011AABBCC01' THEN 'Atlantis' ELSE d.device_pool END AS device_pool,"
            + " d.load_override, d.network_locale, d.security_mode, d.idle_timeout"
            + " FROM device d JOIN phone_model m ON m.name = d.model WHERE d.name = ?";

    @TempDir
    Path dir;

    private TestDatabase database;
    private SqlProvider provider;

    @BeforeEach
    void writeTheFixture() throws Exception {
        database = TestDatabase.h2(dir);
        Providers.open(database.settings(), dir).close();
        Fixture.write(database);
    }

    @AfterEach
    void close() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aRowThatCannotBeMappedMakesThatDeviceUnavailableOnly() throws Exception {
        Map<String, String> settings = database.settings();
        settings.put("query.device", BAD_DEVICE_QUERY);
        provider = Providers.open(settings, dir);

        ProviderException protocol = assertThrows(ProviderException.class,
                () -> provider.find(Served.request("SEP0011AABBCC04.cnf.xml")));
        assertInstanceOf(BadRecordException.class, protocol);
        assertTrue(protocol.getMessage().equals("SEP0011AABBCC04: query.device: protocol = 'H323': expected SCCP or SIP"),
                protocol.getMessage());
        ProviderException pool = assertThrows(ProviderException.class,
                () -> provider.find(Served.request("SEP0011AABBCC01.cnf.xml")));
        assertTrue(pool.getMessage().equals("SEP0011AABBCC01: its device pool 'Atlantis' does not exist"),
                pool.getMessage());

        assertTrue(Served.fetch(provider, "SEP0011AABBCC02.cnf.xml").isPresent(), "the others are served");
        List<ListedDevice> listed = provider.listDevices();
        assertTrue(listed.stream().anyMatch(d -> d.name().equals("SEP0011AABBCC04") && d.files().isEmpty()
                && d.problem().isPresent()), listed.toString());
    }

    @Test
    void aQueryThatLacksARequiredColumnIsAnOutageNamingTheQuery() throws Exception {
        Map<String, String> settings = database.settings();
        settings.put("query.device", "SELECT d.model, d.protocol, d.device_pool FROM device d WHERE d.name = ?");
        provider = Providers.open(settings, dir);

        ProviderException e = assertThrows(ProviderException.class,
                () -> provider.find(Served.request("SEP0011AABBCC02.cnf.xml")));
        assertTrue(!(e instanceof BadRecordException) && e.getMessage().startsWith(
                "query.device returns no column 'type_code'"), e.getMessage());
        assertTrue(provider.stats().backendDown());
    }

    @Test
    void aModelRowThatCannotBeMappedIsLeftOutAndTheRestServed() throws Exception {
        Map<String, String> settings = database.settings();
        settings.put("query.models", "SELECT name, CASE WHEN type_code = 434 THEN -1 ELSE type_code END AS type_code,"
                + " default_load FROM phone_model ORDER BY type_code");
        provider = Providers.open(settings, dir);

        byte[] xmlDefault = Served.fetch(provider, "XMLDefault.cnf.xml").orElseThrow().content();
        assertTrue(!new String(xmlDefault, java.nio.charset.StandardCharsets.UTF_8).contains("loadInformation434"));
        assertArrayEquals(Fixture.expectedFiles().get("SEP0011AABBCC01.cnf.xml"),
                Served.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow().content());
    }
}
