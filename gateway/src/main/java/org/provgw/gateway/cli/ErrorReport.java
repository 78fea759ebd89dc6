package org.provgw.gateway.cli;

import java.io.PrintStream;
import org.provgw.gateway.ConfigException;
import org.provgw.gateway.GatewayException;

/**
 * Prints a failure as one line on standard error ({@code provgw: <message>}), the stack trace
 * only with {@code --debug}, and picks the exit status.
 */
final class ErrorReport {

    private final PrintStream err;
    private final boolean debug;

    ErrorReport(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /**
     * @param failure what went wrong
     * @return {@link Cli#CONFIG_ERROR} for a configuration error, {@link Cli#RUNTIME_ERROR} otherwise
     */
    int report(Exception failure) {
        boolean config = failure instanceof ConfigException;
        String message = failure.getMessage();
        if (!config && !(failure instanceof GatewayException)) {
            // not one of ours: the type is the only hint the operator gets without --debug
            message = "unexpected failure: " + failure;
        }
        err.println("provgw: " + message);
        if (debug) {
            failure.printStackTrace(err);
        }
        return config ? Cli.CONFIG_ERROR : Cli.RUNTIME_ERROR;
    }
}
