package org.provgw.gateway.remap;

import java.util.List;

/**
 * A POSIX extended regular expression translated to java.util.regex syntax, with what the
 * translator learnt about it.
 *
 * @param java the expression in java.util.regex syntax, to compile with
 *     {@link EreTranslator#FLAGS} (plus case-insensitivity for {@code i} rules)
 * @param javaNotBol the same for matching with glibc's {@code REG_NOTBOL} (a {@code gg} rule
 *     matching again after its first replacement): {@code ^} never matches
 * @param groups the number of parenthesized subexpressions
 * @param minLength the fewest characters a match can span
 * @param maxLength the most characters a match can span, or -1 when unbounded
 * @param endAnchored whether every match necessarily ends at the end of the name ({@code ...$})
 * @param notes constructs that are valid but probably not what was meant, such as {@code \d}
 */
record TranslatedRegex(String java, String javaNotBol, int groups, int minLength, int maxLength,
                       boolean endAnchored, List<String> notes) {

    /** Copies the notes. */
    TranslatedRegex {
        notes = List.copyOf(notes);
    }

    /**
     * @return whether the first match java.util.regex finds at the leftmost position may be shorter
     *     than POSIX's leftmost-longest one, so that longer candidates must be tried
     */
    boolean mayNeedLongerMatch() {
        return !endAnchored && minLength != maxLength;
    }
}
