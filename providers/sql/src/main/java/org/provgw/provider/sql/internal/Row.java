package org.provgw.provider.sql.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a result set, read by column label (case-insensitive, as JDBC matches labels).
 * A required column the query does not return is an {@link SQLException} (the query is wrong:
 * every row would fail); a value that cannot be used is a {@link BadValueException} (this row is
 * wrong).
 */
final class Row {

    private final ResultSet rs;
    private final Query query;
    private final Set<String> labels;

    private Row(ResultSet rs, Query query, Set<String> labels) {
        this.rs = rs;
        this.query = query;
        this.labels = labels;
    }

    static Row over(ResultSet rs, Query query) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Set<String> labels = new HashSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        return new Row(rs, query, labels);
    }

    /** @return the non-empty text of a column the query must return */
    String text(String label) throws SQLException {
        String value = rs.getString(require(label));
        if (value == null || value.isBlank()) {
            throw new BadValueException(label + " is empty");
        }
        return value.strip();
    }

    /** @return the column's text, or {@code fallback} when the query has no such column or it is NULL */
    String text(String label, String fallback) throws SQLException {
        if (!has(label)) {
            return fallback;
        }
        String value = rs.getString(label);
        return value == null ? fallback : value.strip();
    }

    /** @return the column's text, empty when the query has no such column or it is NULL or blank */
    Optional<String> optional(String label) throws SQLException {
        return Optional.of(text(label, "")).filter(v -> !v.isEmpty());
    }

    /** @return the integer value of a column the query must return */
    int integer(String label) throws SQLException {
        require(label);
        return parseInt(label, rs.getString(label));
    }

    /** @return the column's integer value, or {@code fallback} when absent or NULL */
    int integer(String label, int fallback) throws SQLException {
        if (!has(label)) {
            return fallback;
        }
        String value = rs.getString(label);
        return value == null || value.isBlank() ? fallback : parseInt(label, value);
    }

    /** @return a boolean written as a boolean, 0/1, true/false, yes/no, on/off or t/f */
    boolean bool(String label, boolean fallback) throws SQLException {
        String value = text(label, "");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> fallback;
            case "true", "t", "1", "yes", "y", "on" -> true;
            case "false", "f", "0", "no", "n", "off" -> false;
            default -> throw new BadValueException(label + " = '" + value + "' is not a boolean");
        };
    }

    /** @return the long value of a column the query must return */
    long longValue(String label) throws SQLException {
        long value = rs.getLong(require(label));
        if (rs.wasNull()) {
            throw new BadValueException(label + " is NULL");
        }
        return value;
    }

    /** @return the first column's long value (for queries that return one number) */
    long firstLong() throws SQLException {
        long value = rs.getLong(1);
        if (rs.wasNull()) {
            throw new BadValueException("the first column is NULL");
        }
        return value;
    }

    private boolean has(String label) {
        return labels.contains(label);
    }

    private String require(String label) throws SQLException {
        if (!has(label)) {
            throw new SQLException(query.key() + " returns no column '" + label + "'; it returns " + labels);
        }
        return label;
    }

    private static int parseInt(String label, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new BadValueException(label + " = '" + value + "' is not an integer");
        }
    }
}
