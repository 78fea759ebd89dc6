package org.provgw.provider.sql;

import java.nio.file.Path;

/** The provider TCK on PostgreSQL (skipped when 127.0.0.1:5432 does not answer). */
class PostgresContractTest extends SqlProviderContract {

    @Override
    TestDatabase database(Path directory) {
        return TestDatabase.postgres();
    }
}
