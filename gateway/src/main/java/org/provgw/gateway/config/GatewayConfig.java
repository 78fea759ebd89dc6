package org.provgw.gateway.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole validated configuration of one gateway, read once at start-up. Built by
 * {@link GatewayConfigParser}; every value in it has already been checked, except the provider and
 * protocol settings, which their factories validate when the gateway creates them.
 *
 * @param source the configuration file, as named by the operator
 * @param providers the provider instances in chain order, never empty
 * @param protocols every installed protocol's section, enabled or not, ordered by name
 * @param pluginsDir the plugin JAR folder, or empty when there is none (class path only)
 * @param executor the blocking look-up pool
 * @param mapFile the tftpd-hpa map file of name-rewriting rules ({@code map-file}), or empty
 */
public record GatewayConfig(Path source, List<ProviderConfig> providers, List<ProtocolConfig> protocols,
                            Optional<Path> pluginsDir, ExecutorConfig executor, Optional<Path> mapFile) {

    /**
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if there is no provider or two share a name
     */
    public GatewayConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(mapFile, "mapFile");
        providers = List.copyOf(providers);
        protocols = List.copyOf(protocols);
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("no provider");
        }
        if (providers.stream().map(ProviderConfig::name).distinct().count() != providers.size()) {
            throw new IllegalArgumentException("provider names are not unique: " + providers);
        }
    }

    /**
     * A configuration without a map file.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if there is no provider or two share a name
     */
    public GatewayConfig(Path source, List<ProviderConfig> providers, List<ProtocolConfig> protocols,
                         Optional<Path> pluginsDir, ExecutorConfig executor) {
        this(source, providers, protocols, pluginsDir, executor, Optional.empty());
    }

    /** @return the protocols whose {@code <name>.listen} is set, ordered by name */
    public List<ProtocolConfig> enabledProtocols() {
        return protocols.stream().filter(ProtocolConfig::enabled).toList();
    }

    /**
     * @param name a protocol name such as {@code tftp}
     * @return its section, or empty when no such protocol is installed
     */
    public Optional<ProtocolConfig> protocol(String name) {
        return protocols.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
