package org.provgw.provider.sql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.ProviderException;

/**
 * Runs the configured statements: each read in one transaction (the pool's connections are
 * REPEATABLE READ), so that the rows of one record (a device and its lines)
 * are one consistent state; every value bound as a parameter; every statement with the query
 * timeout. A database failure becomes a {@link ProviderException} naming the query, never its
 * values or credentials.
 */
final class Jdbc {

    /** The work of one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Reader reader) throws SQLException, BadRecordException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    private final DataSource dataSource;
    private final Queries queries;
    private final int timeoutSeconds;

    Jdbc(DataSource dataSource, Queries queries, int timeoutSeconds) {
        this.dataSource = dataSource;
        this.queries = queries;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * @param what the first query, named in failures
     * @throws BadRecordException if the work says a record cannot be used
     * @throws ProviderException if the database fails
     */
    <T> T transaction(Query what, Work<T> work) throws ProviderException {
        return transaction(what, Connection.TRANSACTION_REPEATABLE_READ, work);
    }

    /**
     * Like {@link #transaction(Query, Work)} at another isolation level (the pool resets it
     * afterwards): the change-log pruning runs READ COMMITTED, so that it skips rows that writers
     * have not committed instead of waiting for their locks.
     */
    <T> T transaction(Query what, int isolation, Work<T> work) throws ProviderException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (isolation != Connection.TRANSACTION_REPEATABLE_READ) {
                connection.setTransactionIsolation(isolation);
            }
            try {
                T result = work.run(new Reader(connection));
                connection.commit();
                return result;
            } catch (SQLException | BadRecordException | RuntimeException e) {
                rollBackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new ProviderException(describe(what, e), e);
        }
    }

    /** Runs one of the queries of a transaction. */
    final class Reader {
        private final Connection connection;

        private Reader(Connection connection) {
            this.connection = connection;
        }

        <T> List<T> list(Query query, RowMapper<T> mapper, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(query, parameters); ResultSet rs = statement.executeQuery()) {
                Row row = Row.over(rs, query);
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(row));
                }
                return rows;
            } catch (SQLException e) {
                throw withQuery(query, e);
            }
        }

        int update(Query query, Object... parameters) throws SQLException {
            try (PreparedStatement statement = prepare(query, parameters)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw withQuery(query, e);
            }
        }

        private PreparedStatement prepare(Query query, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(queries.sql(query));
            try {
                statement.setQueryTimeout(timeoutSeconds);
                // a query is given at most one value; every '?' of its statement receives it
                for (int i = 0; i < queries.placeholders(query) && parameters.length > 0; i++) {
                    statement.setObject(i + 1, parameters[0]);
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    private static SQLException withQuery(Query query, SQLException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(query.key())) {
            return e;
        }
        return new SQLException(query.key() + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
    }

    private static String describe(Query what, SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String state = e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
        return message.startsWith("query.") ? message + state : "database error at " + what.key() + ": " + message + state;
    }

    private static void rollBackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }
}
