package org.provgw.gateway.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.provgw.gateway.ConfigException;

/**
 * Sorts every key of the file into the section it belongs to: the gateway's own keys, one section
 * per listed provider, one per installed protocol. A key that belongs to nothing is an error, so a
 * misspelt key is reported instead of silently ignored.
 */
final class KeySections {

    final Map<String, String> gateway = new LinkedHashMap<>();
    final Map<String, Map<String, String>> providers = new LinkedHashMap<>();
    final Map<String, Map<String, String>> protocols = new TreeMap<>();

    private KeySections() {
    }

    /**
     * @param source the file
     * @param providerNames the instance names listed in {@code providers}
     * @param protocolNames the installed protocols
     * @return the keys by section, relative to each section's prefix
     * @throws ConfigException on the first key, in file order, that belongs to nothing
     */
    static KeySections split(ConfigSource source, List<String> providerNames, Set<String> protocolNames)
            throws ConfigException {
        KeySections sections = new KeySections();
        providerNames.forEach(name -> sections.providers.put(name, new LinkedHashMap<>()));
        protocolNames.forEach(name -> sections.protocols.put(name, new LinkedHashMap<>()));
        for (Map.Entry<String, String> entry : source.values().entrySet()) {
            sections.place(source, entry.getKey(), entry.getValue(), protocolNames);
        }
        return sections;
    }

    private void place(ConfigSource source, String key, String value, Set<String> protocolNames)
            throws ConfigException {
        if (ConfigKeys.GATEWAY_KEYS.contains(key)) {
            gateway.put(key, value);
            return;
        }
        if (key.startsWith(ConfigKeys.PROVIDER_PREFIX)) {
            placeProviderKey(source, key, value);
            return;
        }
        int dot = key.indexOf('.');
        String first = dot < 0 ? key : key.substring(0, dot);
        if (dot > 0 && dot < key.length() - 1 && protocolNames.contains(first)) {
            protocols.get(first).put(key.substring(dot + 1), value);
            return;
        }
        throw new ConfigException(source.name(), key, value, "unknown key; known keys are "
                + String.join(", ", ConfigKeys.GATEWAY_KEYS.stream().sorted().toList())
                + ", provider.<name>.*" + protocolHint(protocolNames));
    }

    private void placeProviderKey(ConfigSource source, String key, String value) throws ConfigException {
        String rest = key.substring(ConfigKeys.PROVIDER_PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot <= 0 || dot == rest.length() - 1) {
            throw new ConfigException(source.name(), key, value,
                    "unknown key; provider keys look like provider.<name>.<key>");
        }
        String name = rest.substring(0, dot);
        Map<String, String> section = providers.get(name);
        if (section == null) {
            throw new ConfigException(source.name(), key, value, "provider '" + name
                    + "' is not listed in " + ConfigKeys.PROVIDERS + " " + providers.keySet());
        }
        section.put(rest.substring(dot + 1), value);
    }

    private static String protocolHint(Set<String> protocolNames) {
        if (protocolNames.isEmpty()) {
            return " (no protocol plugin is installed)";
        }
        return protocolNames.stream().sorted().map(name -> ", " + name + ".*").collect(Collectors.joining());
    }
}
