package org.provgw.gateway.plugin;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.provgw.gateway.config.ConfigSchema;
import org.provgw.protocol.CommandPlugin;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.FileProviderFactory;

/**
 * The plugins a gateway can use, each by its unique name.
 *
 * @param providerFactories provider factories by {@link FileProviderFactory#type()}
 * @param protocolFactories protocol factories by {@link ProtocolFactory#name()}
 * @param commands command-line sub-commands by {@link CommandPlugin#name()}
 */
public record PluginCatalog(Map<String, FileProviderFactory> providerFactories,
                            Map<String, ProtocolFactory> protocolFactories,
                            Map<String, CommandPlugin> commands) {

    /** Copies the maps, sorted by name. */
    public PluginCatalog {
        providerFactories = Collections.unmodifiableMap(new TreeMap<>(providerFactories));
        protocolFactories = Collections.unmodifiableMap(new TreeMap<>(protocolFactories));
        commands = Collections.unmodifiableMap(new TreeMap<>(commands));
    }

    /**
     * Builds a catalog from instances, for tests and embedding; {@link PluginLoader} is the
     * normal way, with discovery and duplicate checks.
     *
     * @param providers provider factories
     * @param protocols protocol factories
     * @param commands command plugins
     * @return the catalog
     * @throws IllegalStateException if two plugins of one kind share a name
     */
    public static PluginCatalog of(List<? extends FileProviderFactory> providers,
                                   List<? extends ProtocolFactory> protocols,
                                   List<? extends CommandPlugin> commands) {
        return new PluginCatalog(byName(providers, FileProviderFactory::type),
                byName(protocols, ProtocolFactory::name), byName(commands, CommandPlugin::name));
    }

    private static <T> Map<String, T> byName(List<? extends T> plugins, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        for (T plugin : plugins) {
            if (map.putIfAbsent(name.apply(plugin), plugin) != null) {
                throw new IllegalStateException("two plugins named " + name.apply(plugin));
            }
        }
        return map;
    }

    /** @return the keys every installed provider type and protocol accepts */
    public ConfigSchema schema() {
        return new ConfigSchema(keys(providerFactories, FileProviderFactory::settingKeys),
                keys(protocolFactories, ProtocolFactory::settingKeys));
    }

    private static <T> Map<String, Set<String>> keys(Map<String, T> plugins, Function<T, Set<String>> keys) {
        Map<String, Set<String>> map = new TreeMap<>();
        plugins.forEach((name, plugin) -> map.put(name, keys.apply(plugin)));
        return map;
    }
}
