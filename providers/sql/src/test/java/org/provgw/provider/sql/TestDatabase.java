package org.provgw.provider.sql;

import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database the SQL provider is tested on, in a schema (PostgreSQL) or database (MariaDB) of its
 * own, so that concurrent runs never see each other's tables; dropped on close. PostgreSQL and
 * MariaDB tests skip themselves, with the reason, when the server does not answer.
 */
abstract class TestDatabase implements AutoCloseable {

    static final String POSTGRES_HOST = "127.0.0.1:5432";
    static final String MARIADB_HOST = "127.0.0.1:3306";

    /** @return the provider settings (relative keys) that point at this database */
    abstract Map<String, String> settings();

    /** @return a connection in auto-commit mode, for the test to write records */
    abstract Connection connect() throws SQLException;

    abstract String describe();

    @Override
    public abstract void close();

    static String uniqueName() {
        byte[] random = new byte[5];
        ThreadLocalRandom.current().nextBytes(random);
        return "provgw_t_" + HexFormat.of().formatHex(random);
    }

    /** An H2 file database in a test folder, opened the way the embedded default is. */
    static TestDatabase h2(Path directory) {
        return new TestDatabase() {
            private final Path file = directory.resolve("provgw");

            @Override
            Map<String, String> settings() {
                return new HashMap<>(Map.of("embedded.path", file.toString(), "sample-data", "false"));
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE",
                        "provgw", "");
            }

            @Override
            String describe() {
                return "H2 " + file;
            }

            @Override
            public void close() {
                // the folder is the test's: it goes with it
            }
        };
    }

    /** A schema of its own in the shared PostgreSQL database {@code test}. */
    static TestDatabase postgres() {
        String url = "jdbc:postgresql://" + POSTGRES_HOST + "/test?connectTimeout=3";
        String schema = uniqueName();
        run(url, "postgres", "", "PostgreSQL at " + POSTGRES_HOST, "CREATE SCHEMA " + schema);
        return new TestDatabase() {
            @Override
            Map<String, String> settings() {
                return new HashMap<>(Map.of("url", url, "user", "postgres", "schema", schema, "migrate", "true"));
            }

            @Override
            Connection connect() throws SQLException {
                Connection connection = DriverManager.getConnection(url, "postgres", "");
                connection.setSchema(schema);
                return connection;
            }

            @Override
            String describe() {
                return "PostgreSQL schema " + schema;
            }

            @Override
            public void close() {
                run(url, "postgres", "", describe(), "DROP SCHEMA " + schema + " CASCADE");
            }
        };
    }

    /** A database of its own on the shared MariaDB server. */
    static TestDatabase mariadb() {
        String server = "jdbc:mariadb://" + MARIADB_HOST + "/test?connectTimeout=3000";
        String database = uniqueName();
        run(server, "root", "", "MariaDB at " + MARIADB_HOST, "CREATE DATABASE " + database);
        String url = "jdbc:mariadb://" + MARIADB_HOST + "/" + database;
        return new TestDatabase() {
            @Override
            Map<String, String> settings() {
                return new HashMap<>(Map.of("url", url, "user", "root", "migrate", "true"));
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection(url, "root", "");
            }

            @Override
            String describe() {
                return "MariaDB database " + database;
            }

            @Override
            public void close() {
                run(server, "root", "", describe(), "DROP DATABASE " + database);
            }
        };
    }

    private static void run(String url, String user, String password, String what, String sql) {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            // .ci/run sets this: in CI a database that does not answer fails the run instead of
            // letting its tests pass as skipped.
            if (System.getenv("PROVGW_REQUIRE_DATABASES") != null) {
                throw new IllegalStateException(what + " is unreachable and PROVGW_REQUIRE_DATABASES is set", e);
            }
            abort(what + " is unreachable (" + e.getMessage() + "): test skipped");
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": " + sql + ": " + e.getMessage(), e);
        }
    }
}
