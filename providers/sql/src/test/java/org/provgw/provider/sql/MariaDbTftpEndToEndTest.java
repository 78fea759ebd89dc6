package org.provgw.provider.sql;

import java.nio.file.Path;

/** The gateway over TFTP with the SQL provider on MariaDB (skipped when 127.0.0.1:3306 does not answer). */
class MariaDbTftpEndToEndTest extends TftpEndToEndContract {

    @Override
    ProxiedDatabase database(Path directory) throws Exception {
        return ProxiedDatabase.of(TestDatabase.mariadb(), 3306);
    }
}
