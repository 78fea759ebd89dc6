package org.provgw.provider.sql.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The statements in use: the defaults for the shipped schema, each replaced by its key when set,
 * and checked to take exactly its number of positional {@code ?} parameters. Values are always
 * bound with {@link java.sql.PreparedStatement}, never put into the text.
 */
public final class Queries {

    private final Map<Query, String> sql;

    private Queries(Map<Query, String> sql) {
        this.sql = sql;
    }

    /** @return the statements of the shipped schema */
    public static Queries defaults() {
        return new Queries(DefaultQueries.all());
    }

    /**
     * @param settings the provider's section
     * @return the statements, configured ones replacing defaults
     * @throws InvalidSettingException if a configured statement has the wrong number of parameters
     */
    public static Queries from(Settings settings) throws InvalidSettingException {
        Map<Query, String> sql = new EnumMap<>(DefaultQueries.all());
        for (Query query : Query.values()) {
            String configured = settings.get(query.key()).orElse(null);
            if (configured == null) {
                continue;
            }
            int found = Placeholders.count(configured);
            if (found != query.parameters()) {
                throw settings.invalid(query.key(), "takes " + query.parameters() + " positional parameter(s) '?', has "
                        + found);
            }
            sql.put(query, configured);
        }
        return new Queries(sql);
    }

    /** @return the statement's text */
    public String sql(Query query) {
        return Objects.requireNonNull(sql.get(query));
    }
}
