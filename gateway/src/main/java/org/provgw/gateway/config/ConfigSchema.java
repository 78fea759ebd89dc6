package org.provgw.gateway.config;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the installed plugins accept, which is what decides whether a key is known: the provider
 * types and the protocols, each with its {@code settingKeys()}.
 *
 * @param providerTypes each provider type and the keys it accepts (without {@code type})
 * @param protocols each protocol name and the keys it accepts
 */
public record ConfigSchema(Map<String, Set<String>> providerTypes, Map<String, Set<String>> protocols) {

    /** Copies both maps, sorted by name. */
    public ConfigSchema {
        providerTypes = copy(providerTypes);
        protocols = copy(protocols);
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        Map<String, Set<String>> sorted = new TreeMap<>();
        map.forEach((name, keys) -> sorted.put(name, Set.copyOf(keys)));
        return Collections.unmodifiableMap(sorted);
    }
}
