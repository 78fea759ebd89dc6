package org.provgw.provider.sql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

class SqlSettingsTest {

    @TempDir
    Path conf;

    private SqlSettings parse(Map<String, String> keys) throws InvalidSettingException {
        return SqlSettings.from(Settings.of(keys, "provider.sql.", conf, "provgw.properties"));
    }

    private InvalidSettingException refused(Map<String, String> keys) {
        return assertThrows(InvalidSettingException.class, () -> parse(keys));
    }

    @Test
    void withoutAUrlTheEmbeddedDatabaseLivesInDataNextToTheConfigurationFolderAndIsMigratedWithSamples()
            throws Exception {
        SqlSettings settings = parse(Map.of());

        assertTrue(settings.embedded());
        assertEquals("jdbc:h2:file:" + conf.getParent().resolve("data/provgw") + ";AUTO_SERVER=TRUE", settings.url());
        assertTrue(settings.migrate());
        assertTrue(settings.sampleData());
    }

    @Test
    void anExternalDatabaseIsNeitherMigratedNorFilledUnlessAsked() throws Exception {
        SqlSettings settings = parse(Map.of("url", "jdbc:postgresql://db/provgw"));

        assertFalse(settings.embedded());
        assertFalse(settings.migrate());
        assertFalse(settings.sampleData());
        assertEquals(Optional.empty(), settings.user());
    }

    @Test
    void thePasswordComesFromAFileWithoutItsLineEndAndIsNeverPrinted() throws Exception {
        Path file = Files.writeString(conf.resolve("db.secret"), "s3cret\n");

        SqlSettings settings = parse(Map.of("url", "jdbc:postgresql://db/provgw", "password-file", "db.secret"));

        assertEquals(Optional.of("s3cret"), settings.password());
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertTrue(Files.exists(file));
    }

    @Test
    void refusesWrongCombinationsNamingTheKey() {
        assertTrue(refused(Map.of("password", "a", "password-file", "b")).getMessage()
                .startsWith("provgw.properties: provider.sql.password-file = b: "));
        assertEquals("provider.sql.password-file", refused(Map.of("password-file", "missing.secret")).key());
        assertEquals("provider.sql.notify.channel", refused(Map.of("url", "jdbc:mariadb://db/pbx",
                "notify.channel", "provgw_changes")).key());
        assertEquals("provider.sql.notify.channel", refused(Map.of("url", "jdbc:postgresql://db/pbx",
                "notify.channel", "x; DROP TABLE device")).key());
        assertEquals("provider.sql.sample-data", refused(Map.of("migrate", "false")).key());
        assertEquals("provider.sql.embedded.path", refused(Map.of("url", "jdbc:postgresql://db/pbx",
                "embedded.path", "/srv/db")).key());
        assertEquals("provider.sql.url", refused(Map.of("url", "postgresql://db/pbx")).key());
        assertEquals("provider.sql.pool.validation-timeout", refused(Map.of("pool.connect-timeout", "1s",
                "pool.validation-timeout", "1s")).key());
        assertEquals("provider.sql.schema", refused(Map.of("schema", "a b")).key());
    }

    @Test
    void aQueryHasParametersExactlyWhenItIsGivenAValue() throws Exception {
        InvalidSettingException e = refused(Map.of("query.device", "SELECT * FROM phones WHERE mac = 'x'"));
        assertEquals("provider.sql.query.device", e.key());
        assertTrue(e.getMessage().endsWith("needs at least one '?' for its parameter"), e.getMessage());

        assertEquals("provider.sql.query.devices", refused(Map.of("query.devices", "SELECT name FROM t WHERE a = ?")).key());

        SqlSettings twice = parse(Map.of("query.pool-call-managers",
                "SELECT address FROM a WHERE site = ? UNION ALL SELECT address FROM b WHERE site = ?"));
        assertEquals(2, twice.queries().placeholders(Query.POOL_CALL_MANAGERS));
    }

    @Test
    void everyQueryAndServingKeyIsAccepted() {
        assertTrue(SqlSettings.keys().containsAll(java.util.List.of("query.device", "query.changes-prune",
                "poll-interval", "prebuild", "negative-cache.ttl", "pool.size", "url", "password-file")));
    }
}
