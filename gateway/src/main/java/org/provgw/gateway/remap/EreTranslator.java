package org.provgw.gateway.remap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Translates a POSIX extended regular expression, in the dialect of glibc's
 * {@code regcomp(REG_EXTENDED)} that tftpd-hpa compiles its map file with, into java.util.regex
 * syntax, refusing exactly what glibc refuses.
 *
 * <p>The dialect, as glibc implements it: {@code ^ $} are anchors anywhere; {@code * + ? {m,n}}
 * may be stacked ({@code a+?} is {@code (a+)?}, not a lazy quantifier) but not start an
 * expression, a branch or a group, nor follow an anchor; {@code {,n}} means {@code {0,n}}; an
 * unmatched {@code )} is an ordinary character; {@code \1}–{@code \9} refer back to a group
 * already closed in the same branch; the GNU operators {@code \w \W \s \S \b \B \< \> \` \'}
 * work; any other backslashed character is that character ({@code \d} is the letter d, not a
 * digit); inside brackets a backslash is an ordinary character. Without {@code REG_NEWLINE},
 * {@code .} matches a newline and {@code $} matches only at the very end.
 *
 * <p>Every literal is emitted escaped, so that no character Java treats specially ({@code \Q},
 * {@code &&} in classes, possessive {@code ++}) can change meaning. Character classes are ASCII,
 * as in tftpd-hpa under the C locale.
 */
final class EreTranslator {

    /** Flags to compile every translated expression with. */
    static final int FLAGS = Pattern.DOTALL;
    /** Flags to add for an {@code i} rule. */
    static final int CASE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** glibc's {@code RE_DUP_MAX}: the largest count in {@code {m,n}}. */
    static final int MAX_REPEAT = 0x7fff;

    private static final String WORD = "[A-Za-z0-9_]";
    private static final String BAD_REPEAT = "Invalid preceding regular expression";

    private final String src;
    private final boolean notBol;
    private final StringBuilder out = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private int pos;
    private int groups;
    /** Bit {@code g - 1} is set once group {@code g} (1 to 9) is closed and may be referred to. */
    private int completed;

    private EreTranslator(String src, boolean notBol) {
        this.src = src;
        this.notBol = notBol;
    }

    /**
     * @param ere the expression as written in the map file (backslashes as written)
     * @return its translation
     * @throws EreException if glibc would refuse it
     */
    static TranslatedRegex translate(String ere) throws EreException {
        EreTranslator main = new EreTranslator(ere, false);
        RegexShape shape = main.whole();
        String notBol = ere.indexOf('^') < 0 ? main.out.toString() : new EreTranslator(ere, true).text();
        return new TranslatedRegex(main.out.toString(), notBol, main.groups, shape.min(),
                shape.max(), shape.endAnchored(), main.notes);
    }

    private String text() throws EreException {
        whole();
        return out.toString();
    }

    /** At the top level nothing ends a branch but '|' and the end: a stray ')' is a literal. */
    private RegexShape whole() throws EreException {
        return regExp(0);
    }

    /** Alternatives; a branch may be empty, as glibc allows. */
    private RegexShape regExp(int nest) throws EreException {
        int initial = completed;
        RegexShape shape = atBranchEnd(nest) ? RegexShape.EMPTY : branch(nest);
        while (peek() == '|') {
            pos++;
            out.append('|');
            int accumulated = completed;
            completed = initial; // a back-reference cannot reach into a sibling branch
            RegexShape next = atBranchEnd(nest) ? RegexShape.EMPTY : branch(nest);
            completed |= accumulated;
            shape = shape.or(next);
        }
        return shape;
    }

    private boolean atBranchEnd(int nest) {
        int c = peek();
        return c == -1 || c == '|' || (nest > 0 && c == ')');
    }

    private RegexShape branch(int nest) throws EreException {
        RegexShape shape = RegexShape.EMPTY;
        while (!atBranchEnd(nest)) {
            shape = shape.then(expression(nest));
        }
        return shape;
    }

    /** One atom and the repetition operators after it. */
    private RegexShape expression(int nest) throws EreException {
        int atomStart = out.length();
        int c = peek();
        if (c == '*' || c == '+' || c == '?' || c == '{') {
            throw new EreException(BAD_REPEAT, pos);
        }
        RegexShape shape = atom(nest);
        if (shape.anchor()) {
            if (isRepeat(peek())) {
                throw new EreException(BAD_REPEAT, pos);
            }
            return shape;
        }
        boolean repeated = false;
        while (isRepeat(peek())) {
            if (repeated) { // stacked operators apply to what is already repeated
                out.insert(atomStart, "(?:").append(')');
            }
            shape = repeat(shape);
            repeated = true;
        }
        return shape;
    }

    private static boolean isRepeat(int c) {
        return c == '*' || c == '+' || c == '?' || c == '{';
    }

    private RegexShape repeat(RegexShape shape) throws EreException {
        int c = src.charAt(pos++);
        switch (c) {
            case '*' -> {
                out.append('*');
                return shape.times(0, -1);
            }
            case '+' -> {
                out.append('+');
                return shape.times(1, -1);
            }
            case '?' -> {
                out.append('?');
                return shape.times(0, 1);
            }
            default -> {
                return interval(shape);
            }
        }
    }

    /** {@code {m}}, {@code {m,}}, {@code {m,n}}, {@code {,n}}; the '{' is consumed. */
    private RegexShape interval(RegexShape shape) throws EreException {
        int open = pos - 1;
        int close = src.indexOf('}', pos);
        if (close < 0) {
            throw new EreException("Unmatched \\{", open);
        }
        String body = src.substring(pos, close);
        pos = close + 1;
        int comma = body.indexOf(',');
        String low = comma < 0 ? body : body.substring(0, comma);
        String high = comma < 0 ? body : body.substring(comma + 1);
        if (body.isEmpty() || !digits(low) || !digits(high)) {
            throw new EreException("Invalid content of \\{\\}", open);
        }
        int min = low.isEmpty() ? 0 : number(low, open);
        int max = comma < 0 ? min : high.isEmpty() ? -1 : number(high, open);
        if (max >= 0 && min > max) {
            throw new EreException("Invalid content of \\{\\}", open);
        }
        out.append('{').append(min);
        if (max != min) {
            out.append(',');
            if (max >= 0) {
                out.append(max);
            }
        }
        out.append('}');
        return shape.times(min, max);
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static int number(String s, int at) throws EreException {
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            value = Math.min(MAX_REPEAT + 1L, value * 10 + s.charAt(i) - '0');
        }
        if (value > MAX_REPEAT) {
            throw new EreException("Regular expression too big", at);
        }
        return (int) value;
    }

    private RegexShape atom(int nest) throws EreException {
        int c = src.codePointAt(pos);
        int at = pos;
        pos += Character.charCount(c);
        switch (c) {
            case '(' -> {
                return group(at);
            }
            case '[' -> {
                pos = at;
                BracketTranslator.Result bracket = BracketTranslator.translate(src, at);
                pos = bracket.end();
                out.append(bracket.java());
                return new RegexShape(1, bracket.maxLength(), false, false);
            }
            case '.' -> {
                out.append('.');
                return new RegexShape(1, 2, false, false);
            }
            case '^' -> {
                out.append(notBol ? "(?!)" : "^");
                return RegexShape.ANCHOR;
            }
            case '$' -> {
                out.append("\\z");
                return RegexShape.END_ANCHOR;
            }
            case '\\' -> {
                return escape(at);
            }
            default -> {
                // ')' here closes nothing (top level): glibc takes it literally; '}' too
                return literal(c);
            }
        }
    }

    private RegexShape group(int at) throws EreException {
        int number = ++groups;
        out.append('(');
        RegexShape inner = regExp(1);
        if (peek() != ')') {
            throw new EreException("Unmatched ( or \\(", at);
        }
        pos++;
        out.append(')');
        if (number <= 9) {
            completed |= 1 << (number - 1);
        }
        return new RegexShape(inner.min(), inner.max(), inner.endAnchored(), false);
    }

    private RegexShape escape(int at) throws EreException {
        if (pos >= src.length()) {
            throw new EreException("Trailing backslash", at);
        }
        int c = src.codePointAt(pos);
        pos += Character.charCount(c);
        switch (c) {
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                int number = c - '0';
                if ((completed & (1 << (number - 1))) == 0) {
                    throw new EreException("Invalid back reference", at);
                }
                out.append("(?:\\").append(number).append(')');
                return new RegexShape(0, -1, false, false);
            }
            case 'w' -> {
                out.append(WORD);
                return new RegexShape(1, 1, false, false);
            }
            case 'W' -> {
                out.append("[^A-Za-z0-9_]");
                return new RegexShape(1, 2, false, false);
            }
            case 's' -> {
                out.append("\\s");
                return new RegexShape(1, 1, false, false);
            }
            case 'S' -> {
                out.append("\\S");
                return new RegexShape(1, 2, false, false);
            }
            case 'b' -> {
                out.append("(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))");
                return RegexShape.ANCHOR;
            }
            case 'B' -> {
                out.append("(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))");
                return RegexShape.ANCHOR;
            }
            case '<' -> {
                out.append("(?<!" + WORD + ")(?=" + WORD + ")");
                return RegexShape.ANCHOR;
            }
            case '>' -> {
                out.append("(?<=" + WORD + ")(?!" + WORD + ")");
                return RegexShape.ANCHOR;
            }
            case '`' -> {
                out.append("\\A");
                return RegexShape.ANCHOR;
            }
            case '\'' -> {
                out.append("\\z");
                return RegexShape.END_ANCHOR;
            }
            default -> {
                if (c < 128 && Character.isLetter(c)) {
                    notes.add("'\\" + (char) c + "' in the expression is the letter '" + (char) c
                            + "': POSIX has no such escape" + (c == 'd' ? " (for a digit write [0-9])" : ""));
                }
                return literal(c);
            }
        }
    }

    private RegexShape literal(int c) {
        appendLiteral(out, c);
        int width = Character.charCount(c);
        return new RegexShape(width, width, false, false);
    }

    /** Letters and digits as they are, everything else as a code point escape. */
    static void appendLiteral(StringBuilder sb, int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) {
            sb.append((char) c);
        } else {
            sb.append("\\x{").append(Integer.toHexString(c)).append('}');
        }
    }

    private int peek() {
        return pos < src.length() ? src.charAt(pos) : -1;
    }
}
