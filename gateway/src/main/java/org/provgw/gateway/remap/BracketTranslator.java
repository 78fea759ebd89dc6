package org.provgw.gateway.remap;

import java.util.Map;

/**
 * Translates one POSIX bracket expression ({@code [...]}) into a java.util.regex character class.
 *
 * <p>POSIX rules, as glibc applies them: a {@code ]} right after {@code [} or {@code [^} is a
 * member; {@code -} is a member first, last, or as a range end, and an error anywhere else
 * ({@code [a-c-e]}); a backslash is an ordinary member; {@code [:class:]}, {@code [=c=]} and
 * {@code [.c.]} name a class, an equivalence class and a collating symbol (one character, as in
 * the C locale); a range runs by code point and may not run backwards or start or end with a
 * class.
 */
final class BracketTranslator {

    private static final String UNMATCHED = "Unmatched [, [^, [:, [., or [=";
    private static final String BAD_RANGE = "Invalid range end";

    /** POSIX class names and their ASCII java.util.regex equivalents. */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "0-9"), Map.entry("alnum", "\\p{Alnum}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\p{Space}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("punct", "\\p{Punct}"), Map.entry("print", "\\p{Print}"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("xdigit", "\\p{XDigit}"));

    /**
     * @param java the character class in java.util.regex syntax
     * @param end the index just after the closing {@code ]}
     * @param maxLength how many UTF-16 chars one match can span: 2 if it can match a
     *     supplementary character
     */
    record Result(String java, int end, int maxLength) {
    }

    /** A member before it is known whether it starts a range. */
    private record Element(int codePoint, String javaClass) {
        boolean isClass() {
            return javaClass != null;
        }
    }

    private final String src;
    private final int open;
    private int pos;
    private boolean supplementary;

    private BracketTranslator(String src, int open) {
        this.src = src;
        this.open = open;
        this.pos = open + 1;
    }

    /**
     * @param src the whole expression
     * @param open the index of the opening {@code [}
     * @return the translation
     * @throws EreException if the bracket expression is malformed
     */
    static Result translate(String src, int open) throws EreException {
        return new BracketTranslator(src, open).run();
    }

    private Result run() throws EreException {
        StringBuilder java = new StringBuilder("[");
        boolean negated = peek(0) == '^';
        if (negated) {
            pos++;
            java.append('^');
        }
        boolean first = true;
        while (true) {
            if (pos >= src.length()) {
                throw new EreException(UNMATCHED, open);
            }
            if (peek(0) == ']' && !first) {
                pos++;
                break;
            }
            Element start = element(first);
            first = false;
            if (peek(0) == '-' && peek(1) != ']' && peek(1) != -1) {
                pos++;
                Element end = element(true);
                if (start.isClass() || end.isClass() || start.codePoint() > end.codePoint()) {
                    throw new EreException(BAD_RANGE, open);
                }
                EreTranslator.appendLiteral(java, start.codePoint());
                java.append('-');
                EreTranslator.appendLiteral(java, end.codePoint());
            } else if (start.isClass()) {
                java.append(start.javaClass());
            } else {
                EreTranslator.appendLiteral(java, start.codePoint());
            }
        }
        java.append(']');
        return new Result(java.toString(), pos, negated || supplementary ? 2 : 1);
    }

    private Element element(boolean hyphenAllowed) throws EreException {
        int c = src.codePointAt(pos);
        if (c == '[' && pos + 1 < src.length()) {
            int kind = src.charAt(pos + 1);
            if (kind == ':' || kind == '.' || kind == '=') {
                return named((char) kind);
            }
        }
        if (c == '-' && !hyphenAllowed && peek(1) != ']' && peek(1) != -1) {
            throw new EreException(BAD_RANGE, open);
        }
        pos += Character.charCount(c);
        return single(c);
    }

    /** {@code [:name:]}, {@code [.c.]} or {@code [=c=]}; {@code pos} is at the '['. */
    private Element named(char kind) throws EreException {
        int close = src.indexOf(kind + "]", pos + 2);
        if (close < 0) {
            throw new EreException(UNMATCHED, open);
        }
        String name = src.substring(pos + 2, close);
        pos = close + 2;
        if (kind == ':') {
            String java = CLASSES.get(name);
            if (java == null) {
                throw new EreException("Invalid character class name", open);
            }
            return new Element(-1, java);
        }
        if (name.isEmpty() || name.codePointCount(0, name.length()) != 1) {
            throw new EreException("Invalid collation character", open);
        }
        int c = name.codePointAt(0);
        // an equivalence class of one character is that character in the C locale, but it may
        // not bound a range
        return kind == '=' ? new Element(c, literalClass(c)) : single(c);
    }

    private Element single(int c) {
        supplementary |= Character.isSupplementaryCodePoint(c);
        return new Element(c, null);
    }

    private String literalClass(int c) {
        supplementary |= Character.isSupplementaryCodePoint(c);
        StringBuilder sb = new StringBuilder();
        EreTranslator.appendLiteral(sb, c);
        return sb.toString();
    }

    private int peek(int ahead) {
        int i = pos + ahead;
        return i < src.length() ? src.charAt(i) : -1;
    }
}
