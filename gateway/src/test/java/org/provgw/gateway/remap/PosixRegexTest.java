package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The POSIX extended regular expressions of map files, translated to java.util.regex and matched
 * leftmost-longest. The expected spans and error messages are what glibc 2.36's regcomp/regexec
 * (REG_EXTENDED) gave for the same expression and input, recorded with a small C program: the
 * whole match first, then each group, "-" for a group that took no part.
 */
class PosixRegexTest {

    static Stream<Arguments> matches() {
        return Stream.of(
                // leftmost-longest, and groups along the first way to the longest match
                Arguments.of("^(/|/tftpboot/)?(.*)", "/tftpboot/x", "[0,11) [0,1) [1,11)"),
                Arguments.of("(a|ab)(c|bcd)(d*)", "abcd", "[0,4) [0,1) [1,4) [4,4)"),
                Arguments.of("a*(ab)?", "abcd", "[0,2) [0,2)"),
                Arguments.of("a*(ab)?", "aab", "[0,3) [1,3)"),
                Arguments.of("a*(ab)?", "/tftpboot/x", "[0,0) -"),
                Arguments.of("x*|y", "y", "[0,1)"),
                Arguments.of("(a|ab)*c", "abc", "[0,3) [0,2)"),
                Arguments.of("^/+", "//tftpboot/a", "[0,2)"),
                Arguments.of("(ab|a)(bc|c)?x*", "abcxx!", "[0,5) [0,2) [2,3)"),
                Arguments.of("(a|abcd)(e|x*)", "abcde", "[0,5) [0,4) [4,5)"),
                Arguments.of("(a*)*", "b", "[0,0) [0,0)"),
                // repetition
                Arguments.of("a{,2}", "aab", "[0,2)"),
                Arguments.of("a{,}", "b-a ", "[0,0)"),
                Arguments.of("a{1,}", "b-a ", "[2,3)"),
                Arguments.of("a**", "aab", "[0,2)"),
                Arguments.of("a+?", "aab", "[0,2)"),
                Arguments.of("a{2}{3}", "aaaaaaa", "[0,6)"),
                Arguments.of("a|", "abcd", "[0,1)"),
                Arguments.of("a|", "/tftpboot/x", "[0,0)"),
                Arguments.of("()", "b", "[0,0) [0,0)"),
                Arguments.of("(|a)", "b", "[0,0) [0,0)"),
                // literals Java treats specially, and glibc's ordinary characters
                Arguments.of("x)", "ax)", "[1,3)"),
                Arguments.of("\\{", "0a{1}", "[2,3)"),
                Arguments.of("a{1}}", "a}", "[0,2)"),
                Arguments.of("\\d", "abcd", "[3,4)"),
                Arguments.of("\\0", "0a{1}", "[0,1)"),
                Arguments.of("a\\|b", "a|b", "[0,3)"),
                Arguments.of("\\Q.\\E", "Q.E", "[0,3)"),
                Arguments.of("a&&b", "a&&b", "[0,4)"),
                Arguments.of("\\.cnf\\.xml$", "SEP1.cnf.xml", "[4,12)"),
                Arguments.of("\\ \\#", "a #b", "[1,3)"),
                // brackets
                Arguments.of("[]a]", "]", "[0,1)"),
                Arguments.of("[^]a]", "b-a ", "[0,1)"),
                Arguments.of("[\\]", "a\\b", "[1,2)"),
                Arguments.of("[\\\\/]+", "a\\/b", "[1,3)"),
                Arguments.of("[a-]", "b-a ", "[1,2)"),
                Arguments.of("[--/]", "b-a ", "[1,2)"),
                Arguments.of("[[.a.]-c]", "/tftpboot/x", "[5,6)"),
                Arguments.of("[[=a=]]", "b-a ", "[2,3)"),
                Arguments.of("[[.-.]]", "b-a ", "[1,2)"),
                Arguments.of("[.]", "b-a ", "none"),
                Arguments.of("[&&[]", "x[", "[1,2)"),
                Arguments.of("[[:alpha:][:digit:]]", "0a{1}", "[0,1)"),
                Arguments.of("[[:xdigit:]]+", "SEP0011AABBCC01", "[1,2)"),
                Arguments.of("[[:upper:]][[:lower:]]", "aBc", "[1,3)"),
                Arguments.of("[[:space:][:punct:]]", "ab.c", "[2,3)"),
                Arguments.of("[^[:alnum:]]", "ab.c", "[2,3)"),
                // anchors
                Arguments.of("$", "b-a ", "[4,4)"),
                Arguments.of("a$", "a\n", "none"),
                Arguments.of(".", "\n", "[0,1)"),
                Arguments.of("x$|^", "b-a ", "[0,0)"),
                Arguments.of("a^b", "a^b", "none"),
                Arguments.of("(^a)", "ba", "none"),
                // back-references and GNU operators
                Arguments.of("(a)\\1", "aab", "[0,2) [0,1)"),
                Arguments.of("\\w+", "/tftpboot/x", "[1,9)"),
                Arguments.of("\\<b", "b-a ", "[0,1)"),
                Arguments.of("\\s", "b-a ", "[3,4)"),
                Arguments.of("\\W", "0a{1}", "[2,3)"),
                Arguments.of("\\B", "0a{1}", "[1,1)"),
                Arguments.of("\\>", "0a{1}", "[2,2)"),
                Arguments.of("\\>", "b-a ", "[1,1)"),
                Arguments.of("\\bx", "a x", "[2,3)"),
                Arguments.of("\\`a", "aa", "[0,1)"),
                Arguments.of("a\\'", "aa", "[1,2)"));
    }

    @ParameterizedTest(name = "{0} on \"{1}\"")
    @MethodSource("matches")
    void matchesLikeGlibc(String ere, String input, String expected) throws EreException {
        assertEquals(expected, spans(PosixRegex.compile(ere, false), input));
    }

    @Test
    void caseInsensitiveRulesFoldClassesRangesAndBackReferences() throws EreException {
        assertEquals("[0,1)", spans(PosixRegex.compile("[[:upper:]]", true), "a"));
        assertEquals("[0,2) [0,1)", spans(PosixRegex.compile("(a)\\1", true), "aA"));
        assertEquals("[0,1)", spans(PosixRegex.compile("[A-C]", true), "b"));
        assertEquals("[0,6)", spans(PosixRegex.compile("straße", true), "STRASSE".replace("SS", "ß")));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("{1}", "Invalid preceding regular expression"),
                Arguments.of("^*", "Invalid preceding regular expression"),
                Arguments.of("$*", "Invalid preceding regular expression"),
                Arguments.of("\\b*", "Invalid preceding regular expression"),
                Arguments.of("(*a)", "Invalid preceding regular expression"),
                Arguments.of("a|*b", "Invalid preceding regular expression"),
                Arguments.of("a(|*b)", "Invalid preceding regular expression"),
                Arguments.of("a{x", "Unmatched \\{"),
                Arguments.of("a{1,2", "Unmatched \\{"),
                Arguments.of("a{}", "Invalid content of \\{\\}"),
                Arguments.of("a{x}", "Invalid content of \\{\\}"),
                Arguments.of("a{1x}", "Invalid content of \\{\\}"),
                Arguments.of("a{2,1}", "Invalid content of \\{\\}"),
                Arguments.of("a{32768}", "Regular expression too big"),
                Arguments.of("(x", "Unmatched ( or \\("),
                Arguments.of("[a", "Unmatched [, [^, [:, [., or [="),
                Arguments.of("[[:alpha:]", "Unmatched [, [^, [:, [., or [="),
                Arguments.of("[z-a]", "Invalid range end"),
                Arguments.of("[a-c-e]", "Invalid range end"),
                Arguments.of("[[:alpha:]-z]", "Invalid range end"),
                Arguments.of("[[:foo:]]", "Invalid character class name"),
                Arguments.of("[[.space.]]", "Invalid collation character"),
                Arguments.of("[[=ab=]]", "Invalid collation character"),
                Arguments.of("\\1(a)", "Invalid back reference"),
                Arguments.of("(a)|\\1", "Invalid back reference"),
                Arguments.of("(a\\1)", "Invalid back reference"),
                Arguments.of("a\\", "Trailing backslash"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void refusesWhatGlibcRefuses(String ere, String reason) {
        EreException e = assertThrows(EreException.class, () -> PosixRegex.compile(ere, false));
        assertTrue(e.getMessage().startsWith(reason + " (at character "), e.getMessage());
    }

    /**
     * The one known difference: a repeated group that can match the empty string. glibc reports
     * its last non-empty repetition ([0,1) here); java.util.regex tries one more, empty,
     * repetition and reports that. The overall match is the same.
     */
    @Test
    void aRepeatedGroupThatCanBeEmptyMayReportAnEmptyLastRepetition() throws EreException {
        assertEquals("[0,1) [1,1)", spans(PosixRegex.compile("(a*)*", false), "abc"));
        assertEquals("[0,2) [1,1)", spans(PosixRegex.compile("(a*)+b", false), "abc"));
    }

    @Test
    void aBackReferenceMayReachAGroupClosedBeforeTheAlternation() throws EreException {
        assertEquals("[0,2) [0,1) [1,2) -", spans(PosixRegex.compile("(a)(\\1|b)(c)?", false), "aa"));
    }

    @Test
    void namesPerlEscapesThatMeanSomethingElseInPosix() throws EreException {
        assertEquals(1, PosixRegex.compile("^SEP\\d+", false).notes().size());
        assertTrue(PosixRegex.compile("^SEP[0-9]+\\.cnf", false).notes().isEmpty());
    }

    @Test
    void matchesOnlyWhereTheRegexAllows() throws EreException {
        PosixRegex regex = PosixRegex.compile("^SEP[0-9A-F]{12}\\.cnf\\.xml$", false);
        assertTrue(find(regex, regex.newMatcher(false), "SEP0011AABBCC01.cnf.xml"));
        assertFalse(find(regex, regex.newMatcher(false), "SEP0011AABBCC01.cnf.xml.bak"));
    }

    private static boolean find(PosixRegex regex, Matcher matcher, String input) {
        MeteredText text = new MeteredText();
        text.refill(Long.MAX_VALUE);
        return regex.find(matcher.reset(text.show(input, 0)), text);
    }

    private static String spans(PosixRegex regex, String input) {
        Matcher matcher = regex.newMatcher(false);
        if (!find(regex, matcher, input)) {
            return "none";
        }
        StringJoiner joined = new StringJoiner(" ");
        for (int g = 0; g <= matcher.groupCount(); g++) {
            joined.add(matcher.start(g) < 0 ? "-" : "[" + matcher.start(g) + "," + matcher.end(g) + ")");
        }
        return joined.toString();
    }
}
