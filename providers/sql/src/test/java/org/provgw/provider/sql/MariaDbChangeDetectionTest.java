package org.provgw.provider.sql;

import java.nio.file.Path;

/** Change detection through the MariaDb triggers. */
class MariaDbChangeDetectionTest extends ChangeDetectionContract {

    @Override
    TestDatabase database(Path directory) {
        return TestDatabase.mariadb();
    }
}
