package org.provgw.gateway.remap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The rules and labels of one map file, compiled, in file order. Immutable and shared by every
 * thread; a reload builds a new one.
 */
final class RuleSet {

    private final String source;
    private final List<MapLine> lines;
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<LineProblem> warnings;
    /** Each thread's matchers, two per line (the second for glibc's REG_NOTBOL), made on first use. */
    private final ThreadLocal<Matcher[]> matchers;

    /**
     * @param source the file, for messages
     * @param lines the rules and labels in file order
     * @param warnings suspicious lines that still load
     */
    RuleSet(String source, List<MapLine> lines, List<LineProblem> warnings) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.warnings = List.copyOf(warnings);
        int slots = 2 * this.lines.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[slots]);
        for (int i = 0; i < this.lines.size(); i++) {
            if (this.lines.get(i) instanceof MapLine.Label label) {
                labels.putIfAbsent(label.name(), i); // the first of two equal labels wins, as in tftpd-hpa
            }
        }
    }

    /** @return the file the rules came from */
    String source() {
        return source;
    }

    /** @return the rules and labels in file order */
    List<MapLine> lines() {
        return lines;
    }

    /** @return how many rules (not labels) there are */
    long ruleCount() {
        return lines.stream().filter(MapLine.Rule.class::isInstance).count();
    }

    /** @return suspicious lines, in file order */
    List<LineProblem> warnings() {
        return warnings;
    }

    /**
     * @param index the index of a rule in {@link #lines()}
     * @param notBol whether {@code ^} must not match at the start (a {@code gg} rule matching again)
     * @return this thread's matcher for that rule, to be reset before use
     */
    Matcher matcher(int index, boolean notBol) {
        Matcher[] mine = matchers.get();
        int slot = 2 * index + (notBol ? 1 : 0);
        Matcher matcher = mine[slot];
        if (matcher == null) {
            matcher = ((MapLine.Rule) lines.get(index)).regex().newMatcher(notBol);
            mine[slot] = matcher;
        }
        return matcher;
    }

    /**
     * @param name a label name
     * @return the index in {@link #lines()} of the first label of that name, or -1
     */
    int labelIndex(String name) {
        return labels.getOrDefault(name, -1);
    }
}
