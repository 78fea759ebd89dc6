package org.provgw.gateway.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.provgw.gateway.ConfigException;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * Turns a {@link ConfigSource} into a {@link GatewayConfig}, checking every key against what the
 * installed plugins accept and every gateway value against its limits. The first problem found
 * stops the parse with a message naming the file, the key and the value.
 */
public final class GatewayConfigParser {

    /** Instance names become key segments, so no dots; and they appear in logs, so nothing odd. */
    private static final Pattern INSTANCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private GatewayConfigParser() {
    }

    /**
     * @param source the file's values
     * @param schema the provider types and protocols installed, with the keys each accepts
     * @param home the installation folder, for the default plugin folder
     * @return the validated configuration
     * @throws ConfigException on the first unknown key, missing key or bad value
     */
    public static GatewayConfig parse(ConfigSource source, ConfigSchema schema, Optional<Path> home)
            throws ConfigException {
        try {
            List<String> names = providerNames(source);
            KeySections sections = KeySections.split(source, names, schema.protocols().keySet());
            List<ProviderConfig> providers = new ArrayList<>();
            for (String name : names) {
                providers.add(provider(source, name, sections.providers.get(name), schema));
            }
            List<ProtocolConfig> protocols = new ArrayList<>();
            for (Map.Entry<String, Map<String, String>> section : sections.protocols.entrySet()) {
                protocols.add(protocol(source, section.getKey(), section.getValue(), schema));
            }
            requireEnabledProtocol(source, protocols);
            Settings gateway = source.settings("", sections.gateway);
            ExecutorConfig executor = new ExecutorConfig(
                    gateway.getInt(ConfigKeys.EXECUTOR_THREADS, ConfigKeys.DEFAULT_THREADS,
                            ConfigKeys.MIN_THREADS, ConfigKeys.MAX_THREADS),
                    gateway.getInt(ConfigKeys.EXECUTOR_QUEUE, ConfigKeys.DEFAULT_QUEUE,
                            ConfigKeys.MIN_QUEUE, ConfigKeys.MAX_QUEUE));
            return new GatewayConfig(source.file(), providers, protocols,
                    PluginsDirectory.resolve(source, home), executor, gateway.getPath(ConfigKeys.MAP_FILE));
        } catch (InvalidSettingException e) {
            throw ConfigException.of(e);
        }
    }

    private static List<String> providerNames(ConfigSource source) throws InvalidSettingException {
        Settings top = source.settings("", source.values().containsKey(ConfigKeys.PROVIDERS)
                ? Map.of(ConfigKeys.PROVIDERS, source.values().get(ConfigKeys.PROVIDERS)) : Map.of());
        top.require(ConfigKeys.PROVIDERS);
        List<String> names = top.getList(ConfigKeys.PROVIDERS);
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!INSTANCE_NAME.matcher(name).matches()) {
                throw top.invalid(ConfigKeys.PROVIDERS, "'" + name + "' is not a valid provider name"
                        + " (letters, digits, '-' and '_', at most 64)");
            }
            if (!seen.add(name)) {
                throw top.invalid(ConfigKeys.PROVIDERS, "provider '" + name + "' is listed twice");
            }
        }
        return names;
    }

    private static ProviderConfig provider(ConfigSource source, String name, Map<String, String> keys,
                                           ConfigSchema schema) throws InvalidSettingException {
        String prefix = ConfigKeys.PROVIDER_PREFIX + name + ".";
        Settings all = source.settings(prefix, keys);
        String type = all.require(ConfigKeys.PROVIDER_TYPE);
        Set<String> accepted = schema.providerTypes().get(type);
        if (accepted == null) {
            throw all.invalid(ConfigKeys.PROVIDER_TYPE, "no provider type '" + type
                    + "' is installed; installed types: " + schema.providerTypes().keySet());
        }
        keys.remove(ConfigKeys.PROVIDER_TYPE);
        Settings settings = source.settings(prefix, keys);
        rejectUnknown(keys.keySet(), accepted, settings, "provider type '" + type + "'");
        return new ProviderConfig(name, type, settings);
    }

    private static ProtocolConfig protocol(ConfigSource source, String name, Map<String, String> keys,
                                           ConfigSchema schema) throws InvalidSettingException {
        Settings settings = source.settings(name + ".", keys);
        rejectUnknown(keys.keySet(), schema.protocols().get(name), settings, "protocol '" + name + "'");
        return new ProtocolConfig(name, settings);
    }

    /** Checks the keys as written, blank values included: a misspelt key is wrong even when empty. */
    private static void rejectUnknown(Set<String> written, Set<String> accepted, Settings settings,
                                      String owner) throws InvalidSettingException {
        for (String key : written) {
            if (!accepted.contains(key)) {
                throw new InvalidSettingException(settings.source(), settings.fullKey(key),
                        settings.get(key).orElse(""),
                        "unknown key for " + owner + "; known keys: " + new TreeSet<>(accepted));
            }
        }
    }

    private static void requireEnabledProtocol(ConfigSource source, List<ProtocolConfig> protocols)
            throws ConfigException {
        if (protocols.stream().noneMatch(ProtocolConfig::enabled)) {
            List<String> keys = protocols.stream().map(p -> p.name() + "." + ConfigKeys.LISTEN).toList();
            throw new ConfigException(source.name(), null, null, keys.isEmpty()
                    ? "no protocol plugin is installed, so nothing can be served"
                    : "no protocol is enabled; set one of " + keys);
        }
    }
}
