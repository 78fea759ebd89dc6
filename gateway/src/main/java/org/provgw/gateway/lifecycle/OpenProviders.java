package org.provgw.gateway.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.chain.NamedProvider;
import org.provgw.gateway.chain.ProviderChain;
import org.provgw.gateway.config.GatewayConfig;
import org.provgw.gateway.config.ProviderConfig;
import org.provgw.gateway.plugin.PluginCatalog;

/**
 * The configured providers opened in chain order, exactly as the gateway opens them, but without
 * any endpoint, look-up pool or bound port: what command-line tools look files up through.
 * Closing it closes the providers in reverse order.
 */
public final class OpenProviders implements AutoCloseable {

    private final List<NamedProvider> providers;
    private final ProviderChain chain;
    private final Teardown teardown;

    private OpenProviders(List<NamedProvider> providers, Teardown teardown) {
        this.providers = List.copyOf(providers);
        this.chain = new ProviderChain(providers);
        this.teardown = teardown;
    }

    /**
     * @param config the validated configuration
     * @param plugins its factories
     * @return every provider of the chain, open; on a failure, those already open are closed
     * @throws ConfigException if a provider setting is wrong
     * @throws GatewayException if a backend cannot be set up
     */
    public static OpenProviders open(GatewayConfig config, PluginCatalog plugins)
            throws ConfigException, GatewayException {
        Components components = new Components(plugins, config.source().toString());
        Teardown teardown = new Teardown();
        List<NamedProvider> opened = new ArrayList<>();
        try {
            for (ProviderConfig provider : config.providers()) {
                NamedProvider named = components.openProvider(provider);
                teardown.push("provider " + provider.name(), named.provider()::close);
                opened.add(named);
            }
        } catch (ConfigException | GatewayException | RuntimeException e) {
            teardown.runAll().forEach(e::addSuppressed);
            throw e;
        }
        return new OpenProviders(opened, teardown);
    }

    /** @return the providers in chain order */
    public List<NamedProvider> providers() {
        return providers;
    }

    /** @return the chain over them, answering as the gateway's would */
    public ProviderChain chain() {
        return chain;
    }

    @Override
    public void close() {
        teardown.runAll();
    }
}
