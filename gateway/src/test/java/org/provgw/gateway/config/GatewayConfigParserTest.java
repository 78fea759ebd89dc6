package org.provgw.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provgw.gateway.ConfigException;
import org.provgw.provider.Settings;

class GatewayConfigParserTest {

    private static final Path FILE = Path.of("/etc/provgw/conf/provgw.properties");
    private static final ConfigSchema SCHEMA = new ConfigSchema(
            Map.of("filesystem", Set.of("root", "case-insensitive"), "sql", Set.of("url")),
            Map.of("tftp", Set.of("listen", "blksize"), "http", Set.of("listen")));

    private static GatewayConfig parse(Optional<Path> home, String... lines) throws ConfigException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return GatewayConfigParser.parse(new ConfigSource(FILE, values), SCHEMA, home);
    }

    @Test
    void readsProvidersInListedOrderWithTheirSections() throws Exception {
        GatewayConfig config = parse(Optional.empty(),
                "provider.fs.type = filesystem",
                "provider.fs.root = ../tftpboot",
                "providers = db, fs",
                "provider.db.type = sql",
                "provider.db.url = jdbc:h2:mem:x",
                "tftp.listen = 127.0.0.1:0");

        assertEquals(List.of("db", "fs"), config.providers().stream().map(ProviderConfig::name).toList());
        assertEquals(List.of("sql", "filesystem"), config.providers().stream().map(ProviderConfig::type).toList());
        Settings fs = config.providers().get(1).settings();
        assertEquals(Set.of("root"), fs.keys());
        assertEquals("provider.fs.", fs.prefix());
        assertEquals(FILE.toString(), fs.source());
        assertEquals(Path.of("/etc/provgw/tftpboot"), fs.getPath("root").orElseThrow());
    }

    @Test
    void protocolsAreListedByNameAndEnabledByTheirListenKey() throws Exception {
        GatewayConfig config = parse(Optional.empty(),
                "providers = fs", "provider.fs.type = filesystem",
                "tftp.listen = 0.0.0.0:6969, [::]:6969", "tftp.blksize = 1428");

        assertEquals(List.of("http", "tftp"), config.protocols().stream().map(ProtocolConfig::name).toList());
        assertFalse(config.protocol("http").orElseThrow().enabled());
        ProtocolConfig tftp = config.protocol("tftp").orElseThrow();
        assertTrue(tftp.enabled());
        assertEquals(List.of("0.0.0.0:6969", "[::]:6969"), tftp.settings().getList("listen"));
        assertEquals("tftp.", tftp.settings().prefix());
        assertEquals(List.of(tftp), config.enabledProtocols());
    }

    @Test
    void gatewayDefaults() throws Exception {
        GatewayConfig config = parse(Optional.empty(),
                "providers = fs", "provider.fs.type = filesystem", "tftp.listen = 127.0.0.1:0");

        assertEquals(ExecutorConfig.DEFAULT, config.executor());
        assertEquals(new ExecutorConfig(16, 10_000), config.executor());
        assertEquals(Optional.empty(), config.pluginsDir());
        assertEquals(FILE, config.source());
        assertEquals(Optional.empty(), config.mapFile());
    }

    @Test
    void aMapFileResolvesAgainstTheConfigurationFile() throws Exception {
        GatewayConfig config = parse(Optional.empty(), "providers = fs", "provider.fs.type = filesystem",
                "tftp.listen = 127.0.0.1:0", "map-file = tftpd.map");

        assertEquals(Optional.of(Path.of("/etc/provgw/conf/tftpd.map")), config.mapFile());
        assertEquals(Optional.of(Path.of("/etc/tftpd.map")), parse(Optional.empty(), "providers = fs",
                "provider.fs.type = filesystem", "tftp.listen = 127.0.0.1:0", "map-file = /etc/tftpd.map").mapFile());
    }

    @Test
    void pluginsDefaultToTheHomeFolderAndARelativeSettingResolvesAgainstTheFile() throws Exception {
        String[] base = {"providers = fs", "provider.fs.type = filesystem", "tftp.listen = 127.0.0.1:0"};
        assertEquals(Optional.of(Path.of("/opt/provgw/plugins")),
                parse(Optional.of(Path.of("/opt/provgw")), base).pluginsDir());

        List<String> lines = new ArrayList<>(List.of(base));
        lines.add("plugins.dir = ../plugins");
        assertEquals(Optional.of(Path.of("/etc/provgw/plugins")),
                parse(Optional.of(Path.of("/opt/provgw")), lines.toArray(String[]::new)).pluginsDir());
    }

    @Test
    void executorSettings() throws Exception {
        GatewayConfig config = parse(Optional.empty(), "providers = fs", "provider.fs.type = filesystem",
                "tftp.listen = 127.0.0.1:0", "executor.threads = 1024", "executor.queue = 0");

        assertEquals(new ExecutorConfig(1024, 0), config.executor());
    }

    static Stream<Arguments> errors() {
        String fs = "provider.fs.type = filesystem";
        String on = "tftp.listen = 127.0.0.1:0";
        return Stream.of(
                Arguments.of(List.of(fs, on), "providers", null, "is required"),
                Arguments.of(List.of("providers =  ", fs, on), "providers", null, "is required"),
                Arguments.of(List.of("providers = fs, db, fs", fs, on), "providers", "fs, db, fs",
                        "provider 'fs' is listed twice"),
                Arguments.of(List.of("providers = f.s", on), "providers", "f.s",
                        "'f.s' is not a valid provider name"),
                Arguments.of(List.of("providers = fs", fs, on, "provider.db.type = sql"), "provider.db.type", "sql",
                        "provider 'db' is not listed in providers [fs]"),
                Arguments.of(List.of("providers = fs", on), "provider.fs.type", null, "is required"),
                Arguments.of(List.of("providers = fs", "provider.fs.type = ldap", on), "provider.fs.type", "ldap",
                        "no provider type 'ldap' is installed; installed types: [filesystem, sql]"),
                Arguments.of(List.of("providers = fs", fs, "provider.fs.rooot = /srv", on), "provider.fs.rooot",
                        "/srv", "unknown key for provider type 'filesystem'; known keys: [case-insensitive, root]"),
                Arguments.of(List.of("providers = fs", fs, "provider.fs.url = ", on), "provider.fs.url", "",
                        "unknown key for provider type 'filesystem'"),
                Arguments.of(List.of("providers = fs", fs, "provider.fs = x", on), "provider.fs", "x",
                        "unknown key; provider keys look like provider.<name>.<key>"),
                Arguments.of(List.of("providers = fs", fs, on, "tftp.blocksize = 1428"), "tftp.blocksize", "1428",
                        "unknown key for protocol 'tftp'; known keys: [blksize, listen]"),
                Arguments.of(List.of("providers = fs", fs, on, "ldap.url = x"), "ldap.url", "x",
                        "unknown key; known keys are executor.queue, executor.threads, map-file, plugins.dir, providers,"
                                + " provider.<name>.*, http.*, tftp.*"),
                Arguments.of(List.of("providers = fs", fs, on, "tftp = x"), "tftp", "x", "unknown key"),
                Arguments.of(List.of("providers = fs", fs, on, "executor.thread = 4"), "executor.thread", "4",
                        "unknown key"),
                Arguments.of(List.of("providers = fs", fs, on, "executor.threads = 0"), "executor.threads", "0",
                        "must be between 1 and 1024"),
                Arguments.of(List.of("providers = fs", fs, on, "executor.threads = many"), "executor.threads",
                        "many", "not an integer"),
                Arguments.of(List.of("providers = fs", fs, on, "executor.queue = -1"), "executor.queue", "-1",
                        "must be between 0 and 1000000"),
                Arguments.of(List.of("providers = fs", fs, on, "plugins.dir = a\u0000b"), "plugins.dir", "a\u0000b",
                        "not a valid path"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void everyErrorNamesTheFileTheKeyAndTheValue(List<String> lines, String key, String value, String reason) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse(Optional.empty(), lines.toArray(String[]::new)));

        String expectedStart = FILE + ": " + key + (value == null ? "" : " = " + value) + ": " + reason;
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage() + "\n expected: " + expectedStart);
        assertEquals(Optional.of(key), e.key());
        assertEquals(Optional.ofNullable(value), e.value());
        assertEquals(FILE.toString(), e.source());
    }

    @Test
    void noEnabledProtocolIsAnError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> parse(Optional.empty(), "providers = fs", "provider.fs.type = filesystem", "tftp.blksize = 512"));

        assertEquals(FILE + ": no protocol is enabled; set one of [http.listen, tftp.listen]", e.getMessage());
    }

    @Test
    void withoutProtocolPluginsUnknownKeysSaySo() {
        ConfigSchema none = new ConfigSchema(Map.of("filesystem", Set.of()), Map.of());
        ConfigSource source = new ConfigSource(FILE, Map.of("providers", "fs", "provider.fs.type", "filesystem",
                "tftp.listen", "0.0.0.0:69"));

        ConfigException e = assertThrows(ConfigException.class,
                () -> GatewayConfigParser.parse(source, none, Optional.empty()));

        assertTrue(e.getMessage().endsWith("(no protocol plugin is installed)"), e.getMessage());
    }
}
