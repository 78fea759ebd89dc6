package org.provgw.provider.sql;

import java.nio.file.Path;

/** The provider TCK on the embedded H2 database. */
class H2ContractTest extends SqlProviderContract {

    @Override
    TestDatabase database(Path directory) {
        return TestDatabase.h2(directory);
    }
}
