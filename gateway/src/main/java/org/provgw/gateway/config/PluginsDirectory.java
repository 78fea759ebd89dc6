package org.provgw.gateway.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.provgw.gateway.ConfigException;
import org.provgw.provider.InvalidSettingException;

/**
 * Where plugin JARs live. Read on its own, before the rest of the configuration, because the
 * plugins found there decide which provider and protocol keys are known.
 */
public final class PluginsDirectory {

    private PluginsDirectory() {
    }

    /**
     * @param source the configuration file's values
     * @param home the installation folder ({@code $PROVGW_HOME}), if known
     * @return {@code plugins.dir} resolved against the file's folder when set, else
     *     {@code <home>/plugins} when the home is known, else empty (class path only)
     * @throws ConfigException if {@code plugins.dir} is not a valid path
     */
    public static Optional<Path> resolve(ConfigSource source, Optional<Path> home) throws ConfigException {
        String value = source.values().get(ConfigKeys.PLUGINS_DIR);
        try {
            Optional<Path> configured = source.settings("", value == null ? Map.of()
                    : Map.of(ConfigKeys.PLUGINS_DIR, value)).getPath(ConfigKeys.PLUGINS_DIR);
            if (configured.isPresent()) {
                return configured;
            }
        } catch (InvalidSettingException e) {
            throw ConfigException.of(e);
        }
        return home.map(h -> h.resolve(ConfigKeys.DEFAULT_PLUGINS).toAbsolutePath().normalize());
    }
}
