package org.provgw.gateway.remap;

/**
 * What a piece of a regular expression can match, as {@link EreTranslator} works it out: enough
 * to tell when java.util.regex's first match is necessarily POSIX's longest one.
 *
 * @param min the fewest UTF-16 chars it spans
 * @param max the most, or -1 when unbounded
 * @param endAnchored whether a match of it ends at the end of the text ({@code $})
 * @param anchor whether it is an assertion ({@code ^ $ \b \<} ...), which glibc does not let
 *     a repetition operator follow
 */
record RegexShape(int min, int max, boolean endAnchored, boolean anchor) {
    static final RegexShape EMPTY = new RegexShape(0, 0, false, false);
    static final RegexShape ANCHOR = new RegexShape(0, 0, false, true);
    static final RegexShape END_ANCHOR = new RegexShape(0, 0, true, true);
    private static final int CAP = 1 << 24;

    /** This followed by that: an end anchor stays in force behind zero-width pieces. */
    RegexShape then(RegexShape next) {
        boolean end = next.endAnchored || (endAnchored && next.max == 0);
        int newMax = max < 0 || next.max < 0 ? -1 : Math.min(CAP, max + next.max);
        return new RegexShape(Math.min(CAP, min + next.min), newMax, end, false);
    }

    /** One alternative or the other. */
    RegexShape or(RegexShape other) {
        return new RegexShape(Math.min(min, other.min), max < 0 || other.max < 0 ? -1 : Math.max(max, other.max),
                endAnchored && other.endAnchored, false);
    }

    /** Repeated {@code low} to {@code high} times ({@code high} -1: unbounded). */
    RegexShape times(int low, int high) {
        int newMax;
        if (max == 0 || high == 0) {
            newMax = 0;
        } else if (max < 0 || high < 0) {
            newMax = -1;
        } else {
            newMax = (int) Math.min(CAP, (long) max * high);
        }
        return new RegexShape((int) Math.min(CAP, (long) min * low), newMax, false, false);
    }
}
