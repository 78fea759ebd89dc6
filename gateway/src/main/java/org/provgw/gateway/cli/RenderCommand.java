package org.provgw.gateway.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.regex.Pattern;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;
import org.provgw.gateway.chain.ProviderChain;
import org.provgw.gateway.config.GatewayConfig;
import org.provgw.gateway.remap.Remapping;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code provgw render NAME [--client IP]}: writes to standard output exactly the bytes a device
 * asking for NAME over TFTP gets from the configured chain, after the map file's rules
 * ({@code map-file}) as the server applies them, and which provider answered with which version
 * to standard error. Exit 0 when a file was written, 1 when the rules refuse the name, no provider
 * has it or one cannot answer, 2 on a usage or configuration error (a bad map file included).
 */
final class RenderCommand {

    static final String SUMMARY = "write the file a device asking for NAME gets to stdout: render NAME [--client IP]";
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f.:]+|\\[[0-9A-Fa-f.:]+\\]");

    @Command(name = "render", description = "Writes the file a device asking for NAME gets to stdout.")
    static final class Arguments {
        @Parameters(index = "0", paramLabel = "NAME", description = "The file name as a device asks for it.")
        String name;

        @Option(names = "--client", paramLabel = "IP", description = "The device's address (default 127.0.0.1).")
        String client = "127.0.0.1";
    }

    private final ChainCommands.Environment env;

    RenderCommand(ChainCommands.Environment env) {
        this.env = env;
    }

    int run(List<String> args) throws ConfigException, GatewayException {
        Arguments parsed = new Arguments();
        InetSocketAddress client;
        try {
            new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
            client = new InetSocketAddress(address(parsed.client), 0);
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            env.err().println("provgw render: " + e.getMessage());
            env.err().println("usage: provgw render NAME [--client IP]");
            return Cli.CONFIG_ERROR;
        }
        try (ChainCommands.Session session = env.open()) {
            return render(parsed.name, client, session.setup().config(), session.providers().chain());
        }
    }

    /** As the TFTP endpoint serves a read: the map file's rules, the path check, the chain. */
    private int render(String asked, InetSocketAddress client, GatewayConfig config, ProviderChain chain)
            throws ConfigException, GatewayException {
        NameRewriter rewriter = config.mapFile().isPresent()
                ? Remapping.once(config.mapFile().get(), chain, config.source().toString())
                : NameRewriter.IDENTITY;
        Rewrite rewrite = rewriter.rewrite(asked, Direction.READ, client, Protocol.TFTP);
        if (rewrite instanceof Rewrite.Denied denied) {
            env.err().println("provgw render: " + asked + ": refused by the map file"
                    + (denied.message().isEmpty() ? "" : ": " + denied.message()));
            return Cli.RUNTIME_ERROR;
        }
        String name = ((Rewrite.Name) rewrite).name();
        if (!name.equals(asked)) {
            env.err().println("map file: " + asked + " -> " + name);
        }
        FileRequest request;
        try {
            request = FileRequest.of(name, client, Protocol.TFTP);
        } catch (IllegalPathException e) {
            env.err().println("provgw render: " + name + ": refused: " + e.getMessage());
            return Cli.RUNTIME_ERROR;
        }
        return answer(chain.resolve(request), name);
    }

    private int answer(Resolution resolution, String name) throws GatewayException {
        if (resolution instanceof Resolution.Found found) {
            try (ProvidedFile file = found.file()) {
                long size = write(file, env.out());
                env.err().println("provider=" + found.provider() + " version=" + file.version() + " size=" + size);
                return Cli.OK;
            }
        }
        if (resolution instanceof Resolution.Unavailable unavailable) {
            env.err().println("provgw render: " + name + ": provider " + unavailable.provider() + " cannot answer now: "
                    + unavailable.reason());
            return Cli.RUNTIME_ERROR;
        }
        env.err().println("provgw render: " + name + ": not found (no provider of the chain has it)");
        return Cli.RUNTIME_ERROR;
    }

    private static long write(ProvidedFile file, PrintStream out) throws GatewayException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = 0;
        try {
            while (true) {
                buffer.clear();
                int n = file.read(buffer, position);
                if (n < 0) {
                    break;
                }
                out.write(buffer.array(), 0, n);
                position += n;
            }
        } catch (IOException e) {
            throw new GatewayException("reading the file failed after " + position + " bytes: " + e.getMessage(), e);
        }
        out.flush();
        if (out.checkError()) {
            throw new GatewayException("writing to standard output failed", null);
        }
        return position;
    }

    /** An IP literal only: a host name would need a DNS look-up, and a device is an address. */
    private static InetAddress address(String text) {
        if (!IP_LITERAL.matcher(text).matches()) {
            throw new IllegalArgumentException("--client wants an IP address, not '" + text + "'");
        }
        try {
            return InetAddress.getByName(text.startsWith("[") ? text.substring(1, text.length() - 1) : text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--client: '" + text + "' is not an IP address");
        }
    }
}
