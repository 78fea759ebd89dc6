package org.provgw.gateway.remap;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.GatewaySetup;
import org.provgw.gateway.chain.NamedProvider;
import org.provgw.gateway.chain.ProviderChain;
import org.provgw.gateway.config.ConfigKeys;
import org.provgw.gateway.config.ProviderConfig;
import org.provgw.gateway.lifecycle.Components;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code provgw remap-test [--client IP] [--put] [--map-file FILE] NAME…}: runs the map file's
 * rules over each name as the server would and prints every step and the result.
 *
 * <p>The rules come from {@code --map-file FILE}, or else from the {@code map-file} key of the
 * configuration, which is then loaded and validated as the server loads it. {@code E} rules ask
 * the configured providers whether a file exists; with {@code --map-file} there are none, so
 * every {@code E} rule is undone, as in tftpd-hpa's {@code --map-test}.
 *
 * <p>Exit status: {@value #ALL_SERVED} when every name maps to a name, {@value #SOME_REFUSED}
 * when at least one is refused, {@value #USAGE_OR_CONFIG} on a usage, configuration or map file
 * error, {@value #OTHER_FAILURE} when a provider cannot be opened.
 */
public final class RemapTestCommand {

    /** The command's name on the command line. */
    public static final String NAME = "remap-test";

    /** One line for the command list of {@code provgw --help}. */
    public static final String SUMMARY =
            "run the map file's rules over names and print each step: remap-test [--client IP] [--put] NAME...";

    static final int ALL_SERVED = 0;
    static final int OTHER_FAILURE = 1;
    static final int USAGE_OR_CONFIG = 2;
    static final int SOME_REFUSED = 3;

    /** Like tftpd-hpa's --map-test: an address from the documentation range. */
    static final String DEFAULT_CLIENT = "192.0.2.34";

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");

    @Command(name = "provgw remap-test", mixinStandardHelpOptions = false,
            description = {"Runs the map file's rules over each NAME as the server would, and prints each step.",
                "Exit status: 0 every name is served under a name, 3 some name is refused,"
                        + " 2 usage, configuration or map file error, 1 other failure."})
    static final class Options {
        @Option(names = "--client", paramLabel = "IP", description = "The client's address (default: "
                + DEFAULT_CLIENT + "); it feeds \\i, \\x and the 4 and 6 flags.")
        String client = DEFAULT_CLIENT;

        @Option(names = "--put", description = "Test an upload (WRQ) instead of a read: P rules apply, G rules do not.")
        boolean put;

        @Option(names = "--map-file", paramLabel = "FILE",
                description = "Test this map file instead of the configuration's map-file.")
        Path mapFile;

        @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "The configuration to read map-file from.")
        Path config;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "File names as a client would ask for them.")
        List<String> names = new ArrayList<>();
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Optional<Path> home;
    private final ClassLoader pluginParent;

    /**
     * @param out standard output: the steps
     * @param err standard error: problems and map-file warnings
     * @param home the installation folder, if known
     * @param pluginParent the class loader plugin JARs delegate to
     */
    public RemapTestCommand(PrintStream out, PrintStream err, Optional<Path> home, ClassLoader pluginParent) {
        this.out = out;
        this.err = err;
        this.home = home;
        this.pluginParent = pluginParent;
    }

    /**
     * @param config the configuration file the command line named (or the default)
     * @param args the arguments after {@code remap-test}
     * @return the exit status
     */
    public int run(Path config, List<String> args) {
        Options options = new Options();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("provgw " + NAME + ": " + e.getMessage());
            err.println("Try 'provgw " + NAME + " --help'.");
            return USAGE_OR_CONFIG;
        }
        if (options.help) {
            commandLine.usage(out);
            return ALL_SERVED;
        }
        InetSocketAddress client;
        try {
            client = client(options.client);
        } catch (IllegalArgumentException e) {
            err.println("provgw " + NAME + ": --client " + options.client + ": " + e.getMessage());
            return USAGE_OR_CONFIG;
        }
        Direction direction = options.put ? Direction.WRITE : Direction.READ;
        try {
            if (options.mapFile != null) {
                RuleSet rules = load(options.mapFile, options.mapFile.toString());
                return test(rules, FileProbe.NONE, options.names, direction, client);
            }
            return testConfigured(options.config != null ? options.config : config, options.names, direction, client);
        } catch (ConfigException e) {
            err.println("provgw " + NAME + ": " + e.getMessage());
            return USAGE_OR_CONFIG;
        } catch (GatewayException e) {
            err.println("provgw " + NAME + ": " + e.getMessage());
            return OTHER_FAILURE;
        } catch (Reported e) {
            return USAGE_OR_CONFIG;
        }
    }

    private int testConfigured(Path config, List<String> names, Direction direction, InetSocketAddress client)
            throws ConfigException, GatewayException, Reported {
        try (GatewaySetup setup = GatewaySetup.load(config, home, pluginParent)) {
            Path mapFile = setup.config().mapFile().orElseThrow(() -> new ConfigException(config.toString(),
                    ConfigKeys.MAP_FILE, null, "is not set: there are no rules to test (or use --map-file FILE)"));
            RuleSet rules = load(mapFile, config + ": " + ConfigKeys.MAP_FILE + " = " + mapFile);
            boolean probes = rules.lines().stream()
                    .anyMatch(line -> line instanceof MapLine.Rule rule && rule.ops().exitIfFile());
            if (!probes) {
                return test(rules, FileProbe.NONE, names, direction, client);
            }
            List<NamedProvider> providers = new ArrayList<>();
            try {
                Components components = new Components(setup.plugins().catalog(), config.toString());
                for (ProviderConfig provider : setup.config().providers()) {
                    providers.add(components.openProvider(provider));
                }
                return test(rules, new ChainProbe(new ProviderChain(providers)), names, direction, client);
            } finally {
                providers.forEach(p -> p.provider().close());
            }
        }
    }

    /** A map file whose problems are already printed. */
    private static final class Reported extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param file the map file
     * @param where how to name it in messages
     */
    private RuleSet load(Path file, String where) throws Reported {
        try {
            RuleSet rules = MapFileLoader.load(file);
            rules.warnings().forEach(w -> err.println("warning: " + where + ": " + w));
            return rules;
        } catch (MapFileException e) {
            if (e.errors().isEmpty()) {
                err.println("provgw " + NAME + ": " + where + ": " + e.getMessage());
            }
            e.errors().forEach(problem -> err.println("provgw " + NAME + ": " + where + ": " + problem));
            throw new Reported();
        }
    }

    private int test(RuleSet rules, FileProbe probe, List<String> names, Direction direction,
                     InetSocketAddress client) {
        TracePrinter printer = new TracePrinter(out);
        boolean refused = false;
        for (String name : names) {
            List<RemapStep> steps = new ArrayList<>();
            Rewrite result = RuleRunner.run(rules, name, direction, client, Protocol.TFTP, probe, steps::add).rewrite();
            printer.print(name, direction, client, steps, result);
            refused |= result instanceof Rewrite.Denied;
        }
        return refused ? SOME_REFUSED : ALL_SERVED;
    }

    /** Only a literal address: a host name would need a DNS look-up the server never makes. */
    private static InetSocketAddress client(String text) {
        // Java parses anything with a ':' as an IPv6 literal, and looks nothing up for it
        if (!IPV4.matcher(text).matches() && text.indexOf(':') < 0) {
            throw new IllegalArgumentException("not an IP address");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(text), 0);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address");
        }
    }
}
