package org.provgw.gateway.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.GatewaySetup;
import org.provgw.gateway.lifecycle.OpenProviders;

/**
 * The built-in commands that read the same configuration as the server and open its providers,
 * but bind no port: {@code render} and {@code devices}. Each runs with standard output kept for
 * its data (see {@link StdoutForData}).
 */
final class ChainCommands {

    /** The commands and their one-line summaries, for {@code provgw --help}. */
    static final Map<String, String> SUMMARIES = Map.of("render", RenderCommand.SUMMARY, "devices",
            DevicesCommand.SUMMARY);

    /** What a command needs: where the configuration is, and the streams. */
    record Environment(Path config, Optional<Path> home, ClassLoader pluginParent, PrintStream out, PrintStream err) {
        /** Loads the configuration and its plugins and opens every provider of the chain. */
        Session open() throws ConfigException, GatewayException {
            GatewaySetup setup = GatewaySetup.load(config, home, pluginParent);
            try {
                return new Session(setup, OpenProviders.open(setup.config(), setup.plugins().catalog()));
            } catch (ConfigException | GatewayException | RuntimeException e) {
                setup.close();
                throw e;
            }
        }
    }

    /** The open providers and the plugins they come from; closing closes the providers, then the plugins. */
    record Session(GatewaySetup setup, OpenProviders providers) implements AutoCloseable {
        @Override
        public void close() {
            providers.close();
            setup.close();
        }
    }

    private ChainCommands() {
    }

    static boolean handles(String command) {
        return SUMMARIES.containsKey(command);
    }

    /**
     * @param command {@code render} or {@code devices} followed by its arguments
     * @return the exit status
     */
    static int run(List<String> command, Environment env) throws ConfigException, GatewayException {
        try (StdoutForData quiet = new StdoutForData()) {
            List<String> args = command.subList(1, command.size());
            return command.get(0).equals("render") ? new RenderCommand(env).run(args) : new DevicesCommand(env).run(args);
        }
    }
}
