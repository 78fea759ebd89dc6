package org.provgw.provider.sql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void countsParametersOutsideLiteralsIdentifiersAndComments() {
        assertEquals(1, Placeholders.count("SELECT * FROM device WHERE name = ?"));
        assertEquals(2, Placeholders.count("SELECT '?', \"a?b\", `c?` FROM t WHERE a = ? AND b = ? -- c = ?"));
        assertEquals(1, Placeholders.count("SELECT 'it''s?' /* ? */ FROM t WHERE a = ?"));
        assertEquals(0, Placeholders.count("SELECT 1"));
    }
}
