package org.provgw.provider.sql.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The statements in use: the defaults for the shipped schema, each replaced by its key when set,
 * and checked to have positional {@code ?} parameters exactly when the query is given a value. Values are always
 * bound with {@link java.sql.PreparedStatement}, never put into the text.
 */
public final class Queries {

    private final Map<Query, String> sql;
    private final Map<Query, Integer> placeholders = new EnumMap<>(Query.class);

    private Queries(Map<Query, String> sql) {
        this.sql = sql;
        sql.forEach((query, text) -> placeholders.put(query, Placeholders.count(text)));
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
            if (query.parameters() == 0 && found > 0) {
                throw settings.invalid(query.key(), "takes no parameter, has " + found + " '?'");
            }
            if (query.parameters() == 1 && found == 0) {
                throw settings.invalid(query.key(), "needs at least one '?' for its parameter");
            }
            sql.put(query, configured);
        }
        return new Queries(sql);
    }

    /** @return how many {@code ?} the statement has: each is bound to the query's one value */
    public int placeholders(Query query) {
        return placeholders.get(query);
    }

    /** @return the statement's text */
    public String sql(Query query) {
        return Objects.requireNonNull(sql.get(query));
    }
}
