package org.provgw.provider.sql;

import java.nio.file.Path;

/** Change detection through the Postgres triggers. */
class PostgresChangeDetectionTest extends ChangeDetectionContract {

    @Override
    TestDatabase database(Path directory) {
        return TestDatabase.postgres();
    }
}
