package org.provgw.provider.sql;

import java.nio.file.Path;

/** Change detection through the H2 triggers. */
class H2ChangeDetectionTest extends ChangeDetectionContract {

    @Override
    TestDatabase database(Path directory) {
        return TestDatabase.h2(directory);
    }
}
