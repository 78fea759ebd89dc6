package org.provgw.ldap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.DeviceListing;
import org.provgw.provider.FileProvider;
import org.provgw.provider.ListedDevice;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.Settings;
import org.provgw.provider.sql.SqlProviderFactory;

/**
 * One set of records, two backends: the SQL provider's shipped sample data in its embedded H2
 * database, and the LDAP provider's shipped sample directory (provgw-sample.ldif, the same
 * records in the default mapping) build byte-identical files.
 */
class SqlAndLdapTest {

    @TempDir
    static Path dir;

    private static TestDirectory directory;
    private static FileProvider ldap;
    private static FileProvider sql;

    @BeforeAll
    static void start() throws Exception {
        directory = TestDirectory.start(TestDirectory.SAMPLE);
        ldap = Providers.create(directory, Map.of());
        sql = new SqlProviderFactory().create(new ProviderContext("sql", Settings.of(
                Map.of("embedded.path", dir.resolve("provgw").toString(), "poll-interval", "1h"),
                "provider.sql.", dir, "test.properties")));
    }

    @AfterAll
    static void stop() {
        sql.close();
        ldap.close();
        directory.close();
    }

    @Test
    void bothListTheSameDozenDevicesWithTheSameFiles() throws Exception {
        List<ListedDevice> fromSql = ((DeviceListing) sql).listDevices();
        assertEquals(12, fromSql.size(), fromSql.toString());
        assertTrue(fromSql.stream().allMatch(device -> device.problem().isEmpty()), fromSql.toString());
        assertEquals(fromSql, ((DeviceListing) ldap).listDevices());
    }

    @Test
    void everyFileIsByteIdentical() throws Exception {
        List<String> names = new ArrayList<>(List.of("XMLDefault.cnf.xml", "SIPDefault.cnf"));
        for (ListedDevice device : ((DeviceListing) sql).listDevices()) {
            names.addAll(device.files());
        }
        assertTrue(names.size() > 14, names.toString());
        for (String name : names) {
            Optional<byte[]> expected = Providers.fetch(sql, name);
            assertTrue(expected.isPresent(), name + " from SQL");
            assertArrayEquals(expected.get(), Providers.fetch(ldap, name).orElseThrow(), name);
        }
    }
}
