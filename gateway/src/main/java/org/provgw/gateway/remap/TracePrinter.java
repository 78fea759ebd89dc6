package org.provgw.gateway.remap;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.List;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Rewrite;

/**
 * Writes what the rules did to one name, step by step, as {@code provgw remap-test} shows it:
 *
 * <pre>
 * sep0011aabbcc01.cnf.xml  (read from 192.0.2.34)
 *   line 3  ri ^sep([0-9a-f]{12})\.cnf\.xml$ SEP\U\1\E.cnf.xml
 *           matched "sep0011aabbcc01.cnf.xml"
 *           rewrote "sep0011aabbcc01.cnf.xml" -&gt; "SEP0011AABBCC01.cnf.xml"
 *   line 4  e ^SEP
 *           matched "SEP0011AABBCC01.cnf.xml"
 *           stop
 *   result: SEP0011AABBCC01.cnf.xml
 * </pre>
 */
final class TracePrinter {

    private final PrintStream out;

    /** @param out where to write */
    TracePrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * @param name the name as asked for
     * @param direction read or write
     * @param client the client the request seems to come from
     * @param steps what the rules did
     * @param result what the request gets
     */
    void print(String name, Direction direction, InetSocketAddress client, List<RemapStep> steps, Rewrite result) {
        out.println(name + "  (" + (direction == Direction.READ ? "read" : "write") + " from "
                + new ClientText(client.getAddress()).dotted() + ")");
        MapLine.Rule shown = null;
        for (RemapStep step : steps) {
            MapLine.Rule rule = step.rule();
            if (rule != null && rule != shown) {
                out.printf("  line %-3d %s%n", rule.line(), rule);
                shown = rule;
            }
            out.println("           " + describe(step));
        }
        if (steps.isEmpty()) {
            out.println("  no rule matched");
        }
        if (result instanceof Rewrite.Denied denied) {
            out.println("  result: refused \"" + denied.message() + "\" (TFTP ERROR 2, HTTP 403)");
        } else {
            out.println("  result: " + ((Rewrite.Name) result).name());
        }
    }

    private static String describe(RemapStep step) {
        if (step instanceof RemapStep.Matched m) {
            return (m.rule().ops().inverse() ? "did not match \"" : "matched \"") + m.name() + "\"";
        } else if (step instanceof RemapStep.Rewritten r) {
            return "rewrote \"" + r.before() + "\" -> \"" + r.after() + "\"";
        } else if (step instanceof RemapStep.Undone u) {
            return "no file \"" + u.attempted() + "\": undone, going on (E)";
        } else if (step instanceof RemapStep.Stopped) {
            return "stop";
        } else if (step instanceof RemapStep.Restarted) {
            return "restart from the first rule";
        } else if (step instanceof RemapStep.Jumped j) {
            return "jump to :" + j.label();
        } else if (step instanceof RemapStep.Denied d) {
            return "refuse: \"" + d.message() + "\"";
        }
        RemapStep.Failed f = (RemapStep.Failed) step;
        return "cannot finish: " + f.reason();
    }
}
