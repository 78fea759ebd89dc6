package org.provgw.tftp.hpa;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.provgw.protocol.CommandPlugin;

/**
 * {@code provgw tftpd-hpa-config --output FILE [--from-environment] [--] ARGS…}: the half of
 * bin/in.tftpd that is not shell. Translates tftpd-hpa 5.2's arguments (after those composed from
 * the {@code TFTP_*} variables of {@code /etc/default/tftpd-hpa} with
 * {@code --from-environment}) into a provgw configuration written to FILE, and prints to
 * standard output, as shell assignments, what the launcher must do around the gateway (user,
 * detaching, pid file, log level). Notes on options that change nothing go to standard error.
 * Exit status 2, with the reason, for a command line in.tftpd refuses.
 */
public final class TftpdHpaConfigCommand implements CommandPlugin {

    private final Map<String, String> environment;
    private final Path workingDirectory;

    /** The command as the CLI runs it: this process's environment and working directory. */
    public TftpdHpaConfigCommand() {
        this(System.getenv(), Path.of("").toAbsolutePath());
    }

    TftpdHpaConfigCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return "tftpd-hpa-config";
    }

    @Override
    public String summary() {
        return "translate tftpd-hpa's command line into a configuration (used by bin/in.tftpd)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Path output = null;
        boolean fromEnvironment = false;
        int i = 0;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--output") && i + 1 < args.size()) {
                output = workingDirectory.resolve(args.get(++i));
            } else if (arg.equals("--from-environment")) {
                fromEnvironment = true;
            } else if (arg.equals("--")) {
                i++;
                break;
            } else {
                break;
            }
        }
        if (output == null) {
            err.println("tftpd-hpa-config: usage: provgw tftpd-hpa-config --output FILE [--from-environment]"
                    + " [--] IN.TFTPD-ARGUMENTS...");
            return 2;
        }
        try {
            List<String> arguments = new ArrayList<>();
            if (fromEnvironment) {
                arguments.addAll(DebianDefaults.arguments(environment));
            }
            arguments.addAll(args.subList(i, args.size()));
            Translation translation = new TftpdTranslator(workingDirectory)
                    .translate(TftpdCommandLine.parse(arguments));
            if (!translation.launch().version()) {
                GeneratedConfig.write(output, GeneratedConfig.properties(translation.properties(), arguments));
            }
            translation.notes().forEach(note -> err.println("in.tftpd: note: " + note));
            out.print(GeneratedConfig.shell(translation.launch()));
            return 0;
        } catch (TftpdUsageException e) {
            err.println("in.tftpd: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("in.tftpd: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }
}
