package org.provgw.protocol;

import java.io.PrintStream;
import java.util.List;

/**
 * An extra sub-command of the {@code provgw} command line contributed by a plug-in
 * ({@code provgw storm …} comes from the TFTP module). Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.provgw.protocol.CommandPlugin}).
 */
public interface CommandPlugin {

    /** @return the sub-command's name, e.g. {@code storm}; lowercase */
    String name();

    /** @return one line for the command list of {@code provgw --help} */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the sub-command's name
     * @param out standard output
     * @param err standard error
     * @return the process exit code: 0 on success, 2 on a usage error, 1 on other failures
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
