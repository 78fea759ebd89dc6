package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.sql.internal.SqlProvider;

/**
 * With {@code notify.channel} set, the NOTIFY the PostgreSQL triggers send wakes the poller: a
 * change is served at once although the poll interval is an hour.
 */
@Timeout(60)
class PostgresNotifyTest {

    @TempDir
    Path dir;

    private TestDatabase database;
    private SqlProvider provider;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.postgres();
        Providers.open(database.settings(), dir).close();
        Fixture.write(database);
        Map<String, String> settings = database.settings();
        settings.put("poll-interval", "1h");
        settings.put("notify.channel", "provgw_changes");
        provider = Providers.open(settings, dir);
    }

    @AfterEach
    void close() {
        if (provider != null) {
            provider.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNotificationPollsAtOnce() throws Exception {
        byte[] before = Served.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow().content();
        Fixture.State changed = Fixture.INITIAL.withDevices(Edits.replace(Fixture.INITIAL.devices(),
                d -> Edits.idleTimeout(d, 900), "0011AABBCC01"));
        byte[] expected = Fixture.expectedFiles(changed).get("SEP0011AABBCC01.cnf.xml");
        assertEquals(false, Arrays.equals(before, expected));

        try (Connection connection = database.connect()) {
            new RecordWriter(connection).execute("UPDATE device SET idle_timeout = 900 WHERE name = 'SEP0011AABBCC01'");
        }

        ChangeDetectionContract.assertEventually("the change was not served although NOTIFY was sent",
                () -> Arrays.equals(expected, Served.fetch(provider, "SEP0011AABBCC01.cnf.xml").orElseThrow().content()));
    }
}
