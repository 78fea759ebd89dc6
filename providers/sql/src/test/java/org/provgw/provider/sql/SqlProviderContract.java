package org.provgw.provider.sql;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;
import org.provgw.provider.sql.internal.SqlProvider;
import org.provgw.provider.tck.FileProviderContract;

/**
 * The provider TCK over the SQL provider on one database: the fixture records written through
 * SQL into the migrated shipped schema, the expected files rendered from the same records
 * directly. The kit does not change the records, so one database and provider serve the whole
 * class. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlProviderContract implements FileProviderContract {

    private TestDatabase database;
    private SqlProvider provider;
    private final Map<String, byte[]> expected = Fixture.expectedFiles();

    abstract TestDatabase database(Path directory);

    @BeforeAll
    void open(@TempDir Path dir) throws Exception {
        database = database(dir);
        // migrate first (the provider does it at start), then write the records, then serve them
        Providers.open(database.settings(), dir).close();
        Fixture.write(database);
        provider = Providers.open(database.settings(), dir);
    }

    @AfterAll
    void close() {
        if (provider != null) {
            provider.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    public FileProvider testee() {
        return provider;
    }

    @Override
    public Map<String, byte[]> expectedFiles() {
        return expected;
    }
}
