package org.provgw.provider.sql;

import java.nio.file.Path;

/** The gateway over TFTP with the SQL provider on an H2 server. */
class H2TftpEndToEndTest extends TftpEndToEndContract {

    @Override
    ProxiedDatabase database(Path directory) throws Exception {
        return ProxiedDatabase.h2(directory);
    }
}
