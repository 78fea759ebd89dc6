package org.provgw.provider.sql;

import java.nio.file.Path;

/** The gateway over TFTP with the SQL provider on PostgreSQL (skipped when 127.0.0.1:5432 does not answer). */
class PostgresTftpEndToEndTest extends TftpEndToEndContract {

    @Override
    ProxiedDatabase database(Path directory) throws Exception {
        return ProxiedDatabase.of(TestDatabase.postgres(), 5432);
    }
}
