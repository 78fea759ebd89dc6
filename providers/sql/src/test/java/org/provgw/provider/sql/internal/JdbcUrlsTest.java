package org.provgw.provider.sql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void dropsParametersAndUserInformationWhichMayHoldCredentials() {
        assertEquals("jdbc:postgresql://db.example/provgw",
                JdbcUrls.redact("jdbc:postgresql://db.example/provgw?user=pg&password=secret"));
        assertEquals("jdbc:mariadb://db.example:3306/pbx", JdbcUrls.redact("jdbc:mariadb://root:secret@db.example:3306/pbx"));
        assertEquals("jdbc:h2:file:/opt/provgw/data/provgw", JdbcUrls.redact("jdbc:h2:file:/opt/provgw/data/provgw;AUTO_SERVER=TRUE"));
    }
}
