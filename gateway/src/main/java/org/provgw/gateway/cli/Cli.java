package org.provgw.gateway.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.Gateway;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.GatewaySetup;
import org.provgw.gateway.config.ConfigFile;
import org.provgw.gateway.config.ConfigKeys;
import org.provgw.gateway.config.ConfigSource;
import org.provgw.gateway.config.PluginsDirectory;
import org.provgw.gateway.plugin.PluginLoader;
import org.provgw.gateway.plugin.Plugins;
import org.provgw.protocol.CommandPlugin;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code provgw} command line:
 * <ul>
 * <li>{@code provgw [--config FILE]}: serve until SIGTERM or SIGINT;</li>
 * <li>{@code provgw --check [--config FILE]}: validate and print {@code configuration OK};</li>
 * <li>{@code provgw [--config FILE] COMMAND ARGS…}: run a plugin's {@link CommandPlugin};</li>
 * <li>{@code --help} (lists plugin commands), {@code --version}, {@code --debug} (stack traces).</li>
 * </ul>
 * Exit status: {@value #OK} on success, {@value #CONFIG_ERROR} on a configuration or usage
 * error, {@value #RUNTIME_ERROR} on any other failure (an address that cannot be bound); a plugin
 * command's own status otherwise.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int RUNTIME_ERROR = 1;
    public static final int CONFIG_ERROR = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Optional<Path> home;
    private final ClassLoader pluginParent;

    /**
     * @param out standard output
     * @param err standard error
     * @param home the installation folder, if known
     */
    public Cli(PrintStream out, PrintStream err, Optional<Path> home) {
        this(out, err, home, Cli.class.getClassLoader());
    }

    /**
     * @param out standard output
     * @param err standard error
     * @param home the installation folder, if known
     * @param pluginParent the class loader plugin JARs delegate to
     */
    public Cli(PrintStream out, PrintStream err, Optional<Path> home, ClassLoader pluginParent) {
        this.out = out;
        this.err = err;
        this.home = home;
        this.pluginParent = pluginParent;
    }

    /** @return the installation folder from the {@code provgw.home} system property, if set */
    public static Optional<Path> homeFromSystem() {
        return Optional.ofNullable(System.getProperty(ConfigKeys.HOME_PROPERTY))
                .filter(h -> !h.isBlank()).map(Path::of);
    }

    /**
     * @param args the command line
     * @return the exit status; in serving mode only once the gateway has stopped
     */
    public int execute(String... args) {
        CliOptions options = new CliOptions();
        CommandLine commandLine = new CommandLine(options).setStopAtPositional(true);
        try {
            commandLine.parseArgs(args);
        } catch (ParameterException e) {
            err.println("provgw: " + e.getMessage());
            err.println("Try 'provgw --help'.");
            return CONFIG_ERROR;
        }
        Path config = options.config != null ? options.config
                : home.map(h -> h.resolve(ConfigKeys.DEFAULT_CONFIG)).orElse(Path.of(ConfigKeys.DEFAULT_CONFIG));
        ErrorReport report = new ErrorReport(err, options.debug);
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return listCommands(config);
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            return OK;
        }
        try {
            if (!options.command.isEmpty()) {
                if (options.check) {
                    err.println("provgw: --check takes no command");
                    return CONFIG_ERROR;
                }
                if (ChainCommands.handles(options.command.get(0))) {
                    return ChainCommands.run(options.command,
                            new ChainCommands.Environment(config, home, pluginParent, out, err));
                }
                return runCommand(config, options.command);
            }
            return options.check ? check(config) : serve(config);
        } catch (ConfigException | GatewayException | RuntimeException e) {
            return report.report(e);
        }
    }

    private int check(Path config) throws ConfigException, GatewayException {
        try (GatewaySetup setup = GatewaySetup.load(config, home, pluginParent)) {
            setup.newGateway().check();
        }
        out.println("configuration OK");
        return OK;
    }

    private int serve(Path config) throws ConfigException, GatewayException {
        try (GatewaySetup setup = GatewaySetup.load(config, home, pluginParent)) {
            Gateway gateway = setup.newGateway();
            gateway.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                gateway.stop();
                LogManager.shutdown();
            }, "provgw-shutdown"));
            try {
                gateway.awaitStop();
            } catch (InterruptedException e) {
                gateway.stop();
                Thread.currentThread().interrupt();
                return RUNTIME_ERROR;
            }
            return OK;
        }
    }

    private int runCommand(Path config, List<String> command) throws ConfigException {
        // the command's output is what the user asked for: plug-in discovery only at DEBUG
        try (Plugins plugins = PluginLoader.load(pluginsDir(config), pluginParent, Level.DEBUG)) {
            Map<String, CommandPlugin> commands = plugins.catalog().commands();
            CommandPlugin plugin = commands.get(command.get(0));
            if (plugin == null) {
                err.println("provgw: unknown command '" + command.get(0) + "'; commands: " + commands.keySet());
                return CONFIG_ERROR;
            }
            return plugin.run(List.copyOf(command.subList(1, command.size())), out, err);
        }
    }

    private int listCommands(Path config) {
        try (Plugins plugins = PluginLoader.load(pluginsDir(config), pluginParent, Level.DEBUG)) {
            Map<String, String> commands = new java.util.TreeMap<>(ChainCommands.SUMMARIES);
            plugins.catalog().commands().forEach((name, plugin) -> commands.putIfAbsent(name, plugin.summary()));
            out.println();
            out.println("Commands:");
            int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
            commands.forEach((name, summary) -> out.printf("  %-" + width + "s  %s%n", name, summary));
            return OK;
        } catch (ConfigException | RuntimeException e) {
            out.println();
            out.println("Commands: cannot list them: " + e.getMessage());
            return OK;
        }
    }

    /** Commands need no valid configuration, only the plugin folder it names, if there is one. */
    private Optional<Path> pluginsDir(Path config) throws ConfigException {
        if (!Files.exists(config)) {
            return PluginsDirectory.resolve(new ConfigSource(config, Map.of()), home);
        }
        return PluginsDirectory.resolve(ConfigFile.read(config), home);
    }
}
