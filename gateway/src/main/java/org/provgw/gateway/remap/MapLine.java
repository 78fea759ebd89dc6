package org.provgw.gateway.remap;

/**
 * One meaningful line of a map file: a rule or a label (blank and comment lines are dropped).
 */
sealed interface MapLine permits MapLine.Rule, MapLine.Label {

    /** @return the line number in the file, from 1 */
    int line();

    /**
     * {@code ops regex [replacement]}.
     *
     * @param line the line number
     * @param ops the operation letters
     * @param regex the compiled expression
     * @param replacement the replacement pattern (also the message of an {@code a} rule and the
     *     label of a {@code j} rule); empty when the line has none
     */
    record Rule(int line, RuleOps ops, PosixRegex regex, Template replacement) implements MapLine {
        @Override
        public String toString() {
            return ops + " " + regex + (replacement.raw().isEmpty() ? "" : " " + replacement.raw());
        }
    }

    /**
     * {@code :name}, the target of {@code j} rules.
     *
     * @param line the line number
     * @param name the label, as written
     */
    record Label(int line, String name) implements MapLine {
        @Override
        public String toString() {
            return ":" + name;
        }
    }
}
