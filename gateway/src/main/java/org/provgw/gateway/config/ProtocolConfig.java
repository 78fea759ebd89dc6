package org.provgw.gateway.config;

import java.util.Objects;
import org.provgw.provider.Settings;

/**
 * One installed protocol's section, {@code <name>.*}.
 *
 * @param name the protocol's name and key prefix, e.g. {@code tftp}
 * @param settings its keys relative to {@code <name>.}, all known to the protocol (values not yet
 *     validated: the factory does that in {@code create})
 */
public record ProtocolConfig(String name, Settings settings) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ProtocolConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
    }

    /** @return whether {@code <name>.listen} is set, which is what turns a protocol on */
    public boolean enabled() {
        return settings.get(ConfigKeys.LISTEN).isPresent();
    }
}
