package org.provgw.provider.sql;

import java.nio.file.Path;
import java.util.Map;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.Settings;
import org.provgw.provider.sql.internal.SqlProvider;

/** Creates SQL providers the way the gateway does, from relative keys. */
final class Providers {

    private Providers() {
    }

    static Settings settings(Map<String, String> keys, Path base) {
        return Settings.of(keys, "provider.sql.", base, "test.properties");
    }

    static SqlProvider open(Map<String, String> keys, Path base) throws Exception {
        return (SqlProvider) new SqlProviderFactory().create(new ProviderContext("sql", settings(keys, base)));
    }
}
