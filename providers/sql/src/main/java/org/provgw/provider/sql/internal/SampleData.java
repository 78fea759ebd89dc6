package org.provgw.provider.sql.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.provgw.provider.ProviderException;

/** Loads {@code sample-data.sql} into a database the migration has just created, in one transaction. */
final class SampleData {

    private static final String RESOURCE = "/org/provgw/provider/sql/sample-data.sql";

    private SampleData() {
    }

    /** @return how many statements ran */
    static int load(DataSource dataSource) throws ProviderException {
        List<String> statements = statements();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ProviderException("loading the sample records failed: " + e.getMessage(), e);
        }
        return statements.size();
    }

    /** The script's statements: comment lines dropped, split at each {@code ;} that ends a line. */
    static List<String> statements() {
        String script;
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the provider's JAR");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}
