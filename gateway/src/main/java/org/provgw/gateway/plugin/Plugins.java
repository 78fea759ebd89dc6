package org.provgw.gateway.plugin;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The discovered plugins and the class loader they came from. Closing it closes the plugin JARs,
 * so close it only once nothing loaded from them runs any more.
 */
public final class Plugins implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(Plugins.class);

    private final PluginCatalog catalog;
    private final List<Path> jars;
    private final URLClassLoader jarLoader;

    Plugins(PluginCatalog catalog, List<Path> jars, URLClassLoader jarLoader) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.jars = List.copyOf(jars);
        this.jarLoader = jarLoader;
    }

    /** @return the plugins by kind and name */
    public PluginCatalog catalog() {
        return catalog;
    }

    /** @return the plugin JARs on the loader, in load order; empty when only the class path is used */
    public List<Path> jars() {
        return jars;
    }

    /** Closes the plugin JARs. Idempotent. */
    @Override
    public void close() {
        if (jarLoader != null) {
            try {
                jarLoader.close();
            } catch (IOException e) {
                LOG.warn("closing the plugin JARs failed: {}", e.toString());
            }
        }
    }
}
