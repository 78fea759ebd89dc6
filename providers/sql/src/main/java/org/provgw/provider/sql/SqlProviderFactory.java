package org.provgw.provider.sql;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.provgw.cisco.build.CiscoConfigRenderer;
import org.provgw.cisco.build.ConfigRenderer;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.ProviderException;
import org.provgw.provider.sql.internal.SqlProvider;
import org.provgw.provider.sql.internal.SqlSettings;

/**
 * {@code provider.<name>.type = sql}: Cisco configuration files built from device records in a
 * SQL database (the embedded H2 file database by default, or PostgreSQL, MariaDB, any JDBC
 * database through configurable queries). Stateless: the pool, threads and caches are created in
 * {@link #create}.
 */
public final class SqlProviderFactory implements FileProviderFactory {

    private final Supplier<ConfigRenderer> renderers;

    /** The factory ServiceLoader uses, with the Cisco renderers. */
    public SqlProviderFactory() {
        this(CiscoConfigRenderer::new);
    }

    /** @param renderers makes the renderer of each provider created */
    public SqlProviderFactory(Supplier<ConfigRenderer> renderers) {
        this.renderers = Objects.requireNonNull(renderers, "renderers");
    }

    @Override
    public String type() {
        return "sql";
    }

    @Override
    public Set<String> settingKeys() {
        return SqlSettings.keys();
    }

    @Override
    public FileProvider create(ProviderContext context) throws InvalidSettingException, ProviderException {
        return SqlProvider.open(context.instanceName(), SqlSettings.from(context.settings()), renderers.get());
    }
}
