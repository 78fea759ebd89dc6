package org.provgw.gateway.fakes;

import java.io.PrintStream;
import java.util.List;
import org.provgw.protocol.CommandPlugin;

/** Command {@code greet}: prints its arguments; no arguments is a usage error. */
public class GreetCommand implements CommandPlugin {

    @Override
    public String name() {
        return "greet";
    }

    @Override
    public String summary() {
        return "Print a greeting to the names given";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("greet: name required");
            return 2;
        }
        out.println("hello " + String.join(" ", args));
        return 0;
    }
}
