package org.provgw.provider.sql.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDataTest {

    @Test
    void theScriptSplitsIntoInsertStatementsWithoutComments() {
        List<String> statements = SampleData.statements();

        assertTrue(statements.size() > 50, "statements: " + statements.size());
        assertTrue(statements.stream().allMatch(s -> s.startsWith("INSERT INTO ") && !s.endsWith(";")
                && !s.contains("--")), statements.toString());
        assertEquals(12, statements.stream().filter(s -> s.startsWith("INSERT INTO device (")).count(), "a dozen phones");
    }
}
