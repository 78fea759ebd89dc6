package org.provgw.gateway.lifecycle;

import java.io.IOException;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.chain.NamedProvider;
import org.provgw.gateway.config.ConfigKeys;
import org.provgw.gateway.config.ProtocolConfig;
import org.provgw.gateway.config.ProviderConfig;
import org.provgw.gateway.plugin.PluginCatalog;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.ProviderException;

/**
 * Creates providers and endpoints through their factories and sorts what can go wrong into a
 * configuration error ({@link ConfigException}) or a runtime one ({@link GatewayException}).
 * A plugin's unchecked exception is a runtime error naming the plugin, never a crash.
 */
public final class Components {

    private final PluginCatalog plugins;
    private final String source;

    /**
     * @param plugins where the factories come from
     * @param source the configuration file, for messages
     */
    public Components(PluginCatalog plugins, String source) {
        this.plugins = plugins;
        this.source = source;
    }

    /**
     * @param config the provider instance
     * @return the open provider
     * @throws ConfigException if its type is not installed or a setting is wrong
     * @throws GatewayException if the backend cannot be set up or the factory fails
     */
    public NamedProvider openProvider(ProviderConfig config) throws ConfigException, GatewayException {
        FileProviderFactory factory = plugins.providerFactories().get(config.type());
        String what = "provider " + config.name() + " (type " + config.type() + ")";
        if (factory == null) {
            throw new ConfigException(source, ConfigKeys.PROVIDER_PREFIX + config.name() + "."
                    + ConfigKeys.PROVIDER_TYPE, config.type(), "no such provider type is installed");
        }
        FileProvider provider;
        try {
            provider = factory.create(new ProviderContext(config.name(), config.settings()));
        } catch (InvalidSettingException e) {
            throw ConfigException.of(e);
        } catch (ProviderException e) {
            throw new GatewayException(what + " cannot start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new GatewayException(what + " failed to start: " + e, e);
        }
        if (provider == null) {
            throw new GatewayException(what + ": the factory returned no provider", null);
        }
        return new NamedProvider(config.name(), provider);
    }

    /**
     * @param config the protocol's section
     * @param context chain, executor, access log and the section's settings
     * @return the endpoint, created but not started
     * @throws ConfigException if the protocol is not installed or a setting is wrong
     * @throws GatewayException if the factory fails
     */
    public Endpoint createEndpoint(ProtocolConfig config, EndpointContext context)
            throws ConfigException, GatewayException {
        ProtocolFactory factory = plugins.protocolFactories().get(config.name());
        if (factory == null) {
            throw new ConfigException(source, config.name() + "." + ConfigKeys.LISTEN,
                    config.settings().get(ConfigKeys.LISTEN).orElse(null), "no such protocol is installed");
        }
        Endpoint endpoint;
        try {
            endpoint = factory.create(context);
        } catch (InvalidSettingException e) {
            throw ConfigException.of(e);
        } catch (RuntimeException e) {
            throw new GatewayException(config.name() + ": creating the endpoint failed: " + e, e);
        }
        if (endpoint == null) {
            throw new GatewayException(config.name() + ": the factory returned no endpoint", null);
        }
        return endpoint;
    }

    /**
     * @param name the protocol, for the message
     * @param endpoint the endpoint to start
     * @throws GatewayException if it cannot bind or fails
     */
    public static void start(String name, Endpoint endpoint) throws GatewayException {
        try {
            endpoint.start();
        } catch (IOException e) {
            throw new GatewayException(name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new GatewayException(name + ": starting failed: " + e, e);
        }
    }
}
