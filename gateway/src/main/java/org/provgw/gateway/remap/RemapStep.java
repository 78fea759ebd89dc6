package org.provgw.gateway.remap;

/**
 * What one rule did to a name, as {@code provgw remap-test} shows it. Only produced when a
 * trace is asked for; serving never builds these.
 */
sealed interface RemapStep {

    /** @return the rule, or {@code null} for a failure that is not one rule's */
    MapLine.Rule rule();

    /** The rule's expression matched (or, for {@code ~}, did not) {@code name}. */
    record Matched(MapLine.Rule rule, String name) implements RemapStep {
    }

    /** One replacement ({@code g} and {@code gg} rules make several). */
    record Rewritten(MapLine.Rule rule, String before, String after) implements RemapStep {
    }

    /** An {@code E} rule found no file under {@code attempted}: its rewrite is undone. */
    record Undone(MapLine.Rule rule, String attempted) implements RemapStep {
    }

    /** An {@code e} or {@code E} rule ended processing. */
    record Stopped(MapLine.Rule rule) implements RemapStep {
    }

    /** An {@code s} rule sent processing back to the first rule. */
    record Restarted(MapLine.Rule rule) implements RemapStep {
    }

    /** A {@code j} rule jumped to a label. */
    record Jumped(MapLine.Rule rule, String label) implements RemapStep {
    }

    /** An {@code a} rule refused the request. */
    record Denied(MapLine.Rule rule, String message) implements RemapStep {
    }

    /** Processing could not finish; the request is refused with "Remap table failure". */
    record Failed(MapLine.Rule rule, String reason) implements RemapStep {
    }
}
