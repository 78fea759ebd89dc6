package org.provgw.gateway;

import org.apache.logging.log4j.LogManager;
import org.provgw.gateway.cli.Cli;

/** The {@code provgw} command. See {@link Cli} for the options and exit statuses. */
public final class Main {

    /** The log4j property that turns its own JVM shutdown hook on or off. */
    private static final String LOG4J_SHUTDOWN_HOOK = "log4j2.shutdownHookEnabled";

    private Main() {
    }

    /** @param args the command line */
    public static void main(String[] args) {
        // log4j's own hook would race the gateway's and drop what stop() logs; the gateway's hook
        // shuts logging down itself, last. Must run before the first logger is created.
        if (System.getProperty(LOG4J_SHUTDOWN_HOOK) == null && System.getProperty("log4j.shutdownHookEnabled") == null) {
            System.setProperty(LOG4J_SHUTDOWN_HOOK, "false");
        }
        int status = new Cli(System.out, System.err, Cli.homeFromSystem()).execute(args);
        LogManager.shutdown();
        System.exit(status);
    }
}
