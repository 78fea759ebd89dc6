package org.provgw.provider.sql;

import java.nio.file.Path;

/** The provider TCK on MariaDB (skipped when 127.0.0.1:3306 does not answer). */
class MariaDbContractTest extends SqlProviderContract {

    @Override
    TestDatabase database(Path directory) {
        return TestDatabase.mariadb();
    }
}
