package org.provgw.gateway;

import java.nio.file.Path;
import java.util.Optional;
import org.provgw.gateway.config.ConfigFile;
import org.provgw.gateway.config.ConfigSource;
import org.provgw.gateway.config.GatewayConfig;
import org.provgw.gateway.config.GatewayConfigParser;
import org.provgw.gateway.config.PluginsDirectory;
import org.provgw.gateway.plugin.PluginLoader;
import org.provgw.gateway.plugin.Plugins;

/**
 * A configuration file read and validated together with the plugins it uses, ready to build a
 * {@link Gateway}. The order matters: {@code plugins.dir} is read first, the plugins found there
 * decide which provider and protocol keys are known, then the whole file is validated.
 *
 * <pre>{@code
 * try (GatewaySetup setup = GatewaySetup.load(configFile, Optional.empty())) {
 *     Gateway gateway = setup.newGateway();
 *     gateway.start();
 *     InetSocketAddress tftp = gateway.boundAddresses().get("tftp").get(0);
 *     ...
 *     gateway.stop();
 * }
 * }</pre>
 *
 * <p>Closing it closes the plugin JARs: stop the gateway first.
 */
public final class GatewaySetup implements AutoCloseable {

    private final GatewayConfig config;
    private final Plugins plugins;

    private GatewaySetup(GatewayConfig config, Plugins plugins) {
        this.config = config;
        this.plugins = plugins;
    }

    /**
     * @param configFile the configuration file
     * @param home the installation folder ({@code provgw.home}), for the default plugin folder
     * @return the validated configuration and its plugins
     * @throws ConfigException if the file or a plugin is unusable, or a key or value is wrong
     */
    public static GatewaySetup load(Path configFile, Optional<Path> home) throws ConfigException {
        return load(configFile, home, GatewaySetup.class.getClassLoader());
    }

    /**
     * @param configFile the configuration file
     * @param home the installation folder ({@code provgw.home}), for the default plugin folder
     * @param parent the class loader plugin JARs delegate to
     * @return the validated configuration and its plugins
     * @throws ConfigException if the file or a plugin is unusable, or a key or value is wrong
     */
    public static GatewaySetup load(Path configFile, Optional<Path> home, ClassLoader parent)
            throws ConfigException {
        ConfigSource source = ConfigFile.read(configFile);
        Plugins plugins = PluginLoader.load(PluginsDirectory.resolve(source, home), parent);
        try {
            return new GatewaySetup(GatewayConfigParser.parse(source, plugins.catalog().schema(), home),
                    plugins);
        } catch (ConfigException | RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    /** @return the validated configuration */
    public GatewayConfig config() {
        return config;
    }

    /** @return the plugins found */
    public Plugins plugins() {
        return plugins;
    }

    /** @return a new, not yet started gateway over this configuration and these plugins */
    public Gateway newGateway() {
        return new Gateway(config, plugins.catalog());
    }

    /** Closes the plugin JARs. */
    @Override
    public void close() {
        plugins.close();
    }
}
