package org.provgw.gateway.config;

import java.util.Objects;
import org.provgw.provider.Settings;

/**
 * One provider instance of the chain: {@code provider.<name>.*}.
 *
 * @param name the instance name listed in {@code providers}, e.g. {@code fs}
 * @param type the factory type from {@code provider.<name>.type}, e.g. {@code filesystem}
 * @param settings the section's other keys, relative to {@code provider.<name>.}, all known to
 *     the factory (values not yet validated: the factory does that in {@code create})
 */
public record ProviderConfig(String name, String type, Settings settings) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ProviderConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(settings, "settings");
    }
}
