package org.provgw.gateway.plugin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.config.ConfigKeys;
import org.provgw.protocol.CommandPlugin;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.FileProviderFactory;

/**
 * Loads the plugins: a class loader over the {@code *.jar} files of the plugin folder (sorted by
 * name, so the order does not depend on the file system), whose parent is the application class
 * loader, searched with {@link java.util.ServiceLoader} for provider factories, protocol factories
 * and commands.
 */
public final class PluginLoader {

    private static final Logger LOG = LogManager.getLogger(PluginLoader.class);

    private PluginLoader() {
    }

    /**
     * @param dir the plugin folder; empty, or a folder that does not exist, means the class path only
     * @return the plugins found
     * @throws ConfigException if the folder is unusable or a plugin cannot be loaded, is badly
     *     named, or shares its name with another
     */
    public static Plugins load(Optional<Path> dir) throws ConfigException {
        return load(dir, PluginLoader.class.getClassLoader());
    }

    /**
     * @param dir the plugin folder; empty, or a folder that does not exist, means the class path only
     * @param parent the loader plugin classes delegate to first
     * @return the plugins found
     * @throws ConfigException if the folder is unusable or a plugin cannot be loaded, is badly
     *     named, or shares its name with another
     */
    public static Plugins load(Optional<Path> dir, ClassLoader parent) throws ConfigException {
        return load(dir, parent, Level.INFO);
    }

    /**
     * @param dir the plugin folder; empty, or a folder that does not exist, means the class path only
     * @param parent the loader plugin classes delegate to first
     * @param report the level of the lines saying what was found where: INFO when the gateway
     *     starts, DEBUG for a command whose output must not be mixed with the gateway's
     * @return the plugins found
     * @throws ConfigException if the folder is unusable or a plugin cannot be loaded, is badly
     *     named, or shares its name with another
     */
    public static Plugins load(Optional<Path> dir, ClassLoader parent, Level report) throws ConfigException {
        List<Path> jars = dir.isPresent() ? jars(dir.get(), report) : List.of();
        URLClassLoader jarLoader = jars.isEmpty() ? null
                : new URLClassLoader("provgw-plugins", urls(jars), parent);
        ClassLoader loader = jarLoader == null ? parent : jarLoader;
        try {
            PluginCatalog catalog = new PluginCatalog(
                    new ServiceDiscovery<>(FileProviderFactory.class, "provider factory",
                            FileProviderFactory::type, Set.of()).discover(loader, report),
                    new ServiceDiscovery<>(ProtocolFactory.class, "protocol", ProtocolFactory::name,
                            ConfigKeys.RESERVED_PREFIXES).discover(loader, report),
                    new ServiceDiscovery<>(CommandPlugin.class, "command", CommandPlugin::name,
                            Set.of()).discover(loader, report));
            return new Plugins(catalog, jars, jarLoader);
        } catch (ConfigException | RuntimeException e) {
            if (jarLoader != null) {
                try {
                    jarLoader.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    private static List<Path> jars(Path dir, Level report) throws ConfigException {
        if (!Files.exists(dir)) {
            LOG.log(report, "plugin folder {} does not exist; using the class path only", dir);
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir.toString(), null, null, "the plugin folder is not a directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            for (Path jar : jars) {
                requireReadable(jar);
            }
            LOG.log(report, "plugin folder {}: {} JAR(s) {}", dir, jars.size(),
                    jars.stream().map(j -> j.getFileName().toString()).toList());
            return jars;
        } catch (IOException e) {
            throw new ConfigException(dir.toString(), null, null, "cannot list the plugin folder: " + e, e);
        }
    }

    /** The class loader skips a JAR it cannot open without a word; the operator gets one instead. */
    private static void requireReadable(Path jar) throws ConfigException {
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
        } catch (IOException | SecurityException e) {
            throw new ConfigException(jar.toString(), null, null, "not a readable JAR: " + e.getMessage(), e);
        }
    }

    private static URL[] urls(List<Path> jars) {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a file path is not a URL: " + jar, e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
