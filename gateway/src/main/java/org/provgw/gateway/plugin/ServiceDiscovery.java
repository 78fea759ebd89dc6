package org.provgw.gateway.plugin;

import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.gateway.ConfigException;

/**
 * Finds every implementation of one service with {@link ServiceLoader}, by name. Two
 * implementations with one name are an error, never a silent choice, and each one found is logged
 * with the JAR it came from.
 *
 * @param <T> the service interface
 */
final class ServiceDiscovery<T> {

    private static final Logger LOG = LogManager.getLogger(ServiceDiscovery.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Class<T> service;
    private final String kind;
    private final Function<T, String> nameOf;
    private final Set<String> reserved;

    /**
     * @param service the service interface
     * @param kind what to call one implementation in messages, e.g. {@code provider factory}
     * @param nameOf how an implementation is named
     * @param reserved names no implementation may take
     */
    ServiceDiscovery(Class<T> service, String kind, Function<T, String> nameOf, Set<String> reserved) {
        this.service = service;
        this.kind = kind;
        this.nameOf = nameOf;
        this.reserved = reserved;
    }

    /**
     * @param loader the loader to search: the plugin JARs and, through its parent, the class path
     * @param report the level at which each implementation found is logged
     * @return the implementations by name, sorted
     * @throws ConfigException if one cannot be loaded, has an invalid name, or shares its name
     */
    Map<String, T> discover(ClassLoader loader, Level report) throws ConfigException {
        Map<String, T> found = new TreeMap<>();
        Iterator<T> it = ServiceLoader.load(service, loader).iterator();
        while (true) {
            T plugin;
            try {
                if (!it.hasNext()) {
                    return found;
                }
                plugin = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new ConfigException(ServiceFailures.locate(loader, service, e), null, null,
                        "cannot load a " + kind + ": " + e.getMessage(), e);
            }
            String name = nameOf(plugin);
            T previous = found.putIfAbsent(name, plugin);
            if (previous != null) {
                throw new ConfigException(CodeLocation.of(plugin.getClass()), null, null, "duplicate " + kind
                        + " name '" + name + "': " + describe(previous) + " and " + describe(plugin));
            }
            LOG.log(report, "loaded {} '{}': {}", kind, name, describe(plugin));
        }
    }

    private String nameOf(T plugin) throws ConfigException {
        String name;
        try {
            name = nameOf.apply(plugin);
        } catch (RuntimeException e) {
            throw new ConfigException(CodeLocation.of(plugin.getClass()), null, null,
                    kind + " " + describe(plugin) + " failed to report its name: " + e, e);
        }
        if (name == null || !NAME.matcher(name).matches() || reserved.contains(name)) {
            throw new ConfigException(CodeLocation.of(plugin.getClass()), null, null, kind + " "
                    + describe(plugin) + " has an invalid name '" + name + "': lowercase letters, digits"
                    + " and '-' only" + (reserved.isEmpty() ? "" : ", none of " + reserved));
        }
        return name;
    }

    private static String describe(Object plugin) {
        return plugin.getClass().getName() + " from " + CodeLocation.of(plugin.getClass());
    }
}
