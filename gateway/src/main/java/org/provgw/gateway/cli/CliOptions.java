package org.provgw.gateway.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the command line asked for; filled by picocli. */
@Command(name = "provgw", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        customSynopsis = {
            "provgw [--debug] [--config FILE]",
            "       provgw --check [--debug] [--config FILE]",
            "       provgw [--config FILE] COMMAND [ARGS...]",
            "       provgw [--config FILE] remap-test [--client IP] [--put] [--map-file FILE] NAME...",
            "       provgw --help | --version"},
        description = {
            "Provisioning gateway for IP phones: serves files over the enabled protocols from the"
                    + " configured provider chain until SIGTERM or SIGINT.",
            "Exit status: 0 on success, 2 on a configuration or usage error, 1 on any other failure."})
final class CliOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: $PROVGW_HOME/conf/provgw.properties,"
                    + " else conf/provgw.properties).")
    Path config;

    @Option(names = "--check", description = "Validate the configuration and plugins, bind nothing, and exit.")
    boolean check;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "A plugin command and its arguments (see the list below).")
    List<String> command = new ArrayList<>();
}
