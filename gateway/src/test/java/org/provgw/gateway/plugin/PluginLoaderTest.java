package org.provgw.gateway.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.fakes.BadlyNamedProtocolFactory;
import org.provgw.gateway.fakes.DuplicateMemoryFactory;
import org.provgw.gateway.fakes.JarOnlyProviderFactory;
import org.provgw.gateway.fakes.LogCapture;
import org.provgw.gateway.fakes.MemoryProviderFactory;
import org.provgw.gateway.fakes.TestFiles;
import org.provgw.protocol.ProtocolFactory;
import org.provgw.provider.FileProviderFactory;

class PluginLoaderTest {

    @TempDir
    Path dir;

    private static String testClasses() {
        return CodeLocation.of(MemoryProviderFactory.class);
    }

    @Test
    void withoutAFolderOnlyTheClassPathIsSearched() throws Exception {
        for (Optional<Path> folder : List.of(Optional.<Path>empty(), Optional.of(dir.resolve("absent")))) {
            try (Plugins plugins = PluginLoader.load(folder)) {
                PluginCatalog catalog = plugins.catalog();
                // the test class path also holds the real filesystem provider and TFTP module
                assertEquals(Set.of("memory", "filesystem"), catalog.providerFactories().keySet());
                assertEquals(Set.of("probe", "tftp"), catalog.protocolFactories().keySet());
                assertEquals(Set.of("greet", "storm", "tftpd-hpa-config"), catalog.commands().keySet());
                assertEquals(List.of(), plugins.jars());
                assertEquals(Set.of("files", "fail-create"), catalog.schema().providerTypes().get("memory"));
            }
        }
    }

    @Test
    void findsFactoriesListedInPluginJarsAndLogsWhereFrom() throws Exception {
        Path plugins = dir.resolve("plugins");
        Path b = TestFiles.pluginJar(plugins.resolve("b.jar"),
                Map.of(FileProviderFactory.class, List.of(JarOnlyProviderFactory.class.getName())));
        Path a = TestFiles.pluginJar(plugins.resolve("a.jar"), Map.of());
        Files.writeString(plugins.resolve("notes.txt"), "not a jar");

        try (LogCapture log = LogCapture.of(ServiceDiscovery.class.getName());
             Plugins loaded = PluginLoader.load(Optional.of(plugins))) {
            assertEquals(List.of(a, b), loaded.jars());
            assertEquals(Set.of("jarred", "memory", "filesystem"), loaded.catalog().providerFactories().keySet());
            assertInstanceOf(JarOnlyProviderFactory.class, loaded.catalog().providerFactories().get("jarred"));
            assertTrue(log.messages(Level.INFO).contains("loaded provider factory 'jarred': "
                    + JarOnlyProviderFactory.class.getName() + " from " + testClasses()), log.messages(Level.INFO)
                    .toString());
        }
    }

    @Test
    void twoFactoriesWithOneNameAreAnErrorNamingBoth() {
        Path plugins = dir.resolve("plugins");
        TestFiles.pluginJar(plugins.resolve("dup.jar"),
                Map.of(FileProviderFactory.class, List.of(DuplicateMemoryFactory.class.getName())));

        ConfigException e = assertThrows(ConfigException.class, () -> PluginLoader.load(Optional.of(plugins)));

        assertEquals(testClasses() + ": duplicate provider factory name 'memory': "
                + MemoryProviderFactory.class.getName() + " from " + testClasses() + " and "
                + DuplicateMemoryFactory.class.getName() + " from " + testClasses(), e.getMessage());
    }

    @Test
    void aServiceThatCannotBeLoadedNamesItsJar() {
        Path plugins = dir.resolve("plugins");
        TestFiles.pluginJar(plugins.resolve("good.jar"),
                Map.of(FileProviderFactory.class, List.of(JarOnlyProviderFactory.class.getName())));
        Path broken = TestFiles.pluginJar(plugins.resolve("broken.jar"),
                Map.of(FileProviderFactory.class, List.of("org.example.NoSuchFactory")));

        ConfigException e = assertThrows(ConfigException.class, () -> PluginLoader.load(Optional.of(plugins)));

        assertEquals(broken.toString(), e.source());
        assertTrue(e.getMessage().startsWith(broken + ": cannot load a provider factory: "), e.getMessage());
        assertTrue(e.getMessage().contains("org.example.NoSuchFactory"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAJarIsNamed() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path garbage = Files.writeString(plugins.resolve("garbage.jar"), "this is not a zip file");

        ConfigException e = assertThrows(ConfigException.class, () -> PluginLoader.load(Optional.of(plugins)));

        assertTrue(e.getMessage().startsWith(garbage + ": not a readable JAR: "), e.getMessage());
    }

    @Test
    void aProtocolMayNotTakeTheNameOfAGatewayKey() {
        Path plugins = dir.resolve("plugins");
        TestFiles.pluginJar(plugins.resolve("bad.jar"),
                Map.of(ProtocolFactory.class, List.of(BadlyNamedProtocolFactory.class.getName())));

        ConfigException e = assertThrows(ConfigException.class, () -> PluginLoader.load(Optional.of(plugins)));

        assertTrue(e.getMessage().contains("protocol " + BadlyNamedProtocolFactory.class.getName() + " from "
                + testClasses() + " has an invalid name 'executor'"), e.getMessage());
    }

    @Test
    void aPluginFolderThatIsAFileIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("plugins"), "");

        ConfigException e = assertThrows(ConfigException.class, () -> PluginLoader.load(Optional.of(file)));

        assertEquals(file + ": the plugin folder is not a directory", e.getMessage());
    }

    @Test
    void catalogOfInstancesRefusesDuplicates() {
        assertThrows(IllegalStateException.class, () -> PluginCatalog.of(
                List.of(new MemoryProviderFactory(), new DuplicateMemoryFactory()), List.of(), List.of()));
    }
}
