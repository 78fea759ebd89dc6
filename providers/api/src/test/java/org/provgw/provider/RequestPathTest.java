package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one normalization every requested name goes through before a provider sees it. */
class RequestPathTest {

    private static final String DOT_DOT = "'..' is not allowed in file names";
    private static final String EMPTY = "empty file name";
    private static final String CONTROL = "control character in file name";
    private static final String TOO_LONG = "file name too long";

    /** Raw name as sent, and the path it must normalize to. */
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC01.cnf.xml"),
                Arguments.of("a/b/c", "a/b/c"),
                // leading separators of either kind are dropped
                Arguments.of("/SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC01.cnf.xml"),
                Arguments.of("\\SEP0011AABBCC01.cnf.xml", "SEP0011AABBCC01.cnf.xml"),
                Arguments.of("///a", "a"),
                Arguments.of("\\\\a", "a"),
                Arguments.of("/\\/a", "a"),
                Arguments.of("/etc/passwd", "etc/passwd"),
                // backslash is a separator, alone or mixed with slashes
                Arguments.of("a\\b\\c", "a/b/c"),
                Arguments.of("a\\b/c", "a/b/c"),
                Arguments.of("Communicator\\SEP0011AABBCC01.cnf.xml",
                        "Communicator/SEP0011AABBCC01.cnf.xml"),
                // empty segments
                Arguments.of("a//b", "a/b"),
                Arguments.of("a\\\\b", "a/b"),
                Arguments.of("a/\\/b", "a/b"),
                // '.' segments
                Arguments.of("./a", "a"),
                Arguments.of("a/./b", "a/b"),
                Arguments.of("a/.", "a"),
                Arguments.of("a\\.\\b", "a/b"),
                Arguments.of("././a/./.", "a"),
                // trailing separators
                Arguments.of("a/", "a"),
                Arguments.of("a\\", "a"),
                Arguments.of("a/b//", "a/b"),
                Arguments.of("a/b/\\", "a/b"),
                // dots that are not a '..' segment are ordinary names
                Arguments.of("....", "...."),
                Arguments.of("...", "..."),
                Arguments.of("..a", "..a"),
                Arguments.of("a..", "a.."),
                Arguments.of("a/..b/c", "a/..b/c"),
                Arguments.of(".hidden", ".hidden"),
                Arguments.of(".. ", ".. "),
                // nothing is percent-decoded
                Arguments.of("%2e%2e", "%2e%2e"),
                Arguments.of("%2e%2e/%2e%2e/etc/passwd", "%2e%2e/%2e%2e/etc/passwd"),
                Arguments.of("a/%2E%2E/b", "a/%2E%2E/b"),
                Arguments.of("%2e%2e%2fsecret.txt", "%2e%2e%2fsecret.txt"),
                // spaces are kept, also at the ends of a segment
                Arguments.of("my file.txt", "my file.txt"),
                Arguments.of(" leading and trailing ", " leading and trailing "),
                Arguments.of("/dir name/ file name.cnf", "dir name/ file name.cnf"),
                // letters beyond ASCII, and printable characters just outside the control ranges
                Arguments.of("Répertoire/fichier-ü.xml", "Répertoire/fichier-ü.xml"),
                Arguments.of("日本語\\設定.xml", "日本語/設定.xml"),
                Arguments.of("x\u00a0y~", "x\u00a0y~"),
                Arguments.of("a:b*?<>|\"", "a:b*?<>|\""));
    }

    /** Raw name, and the reason it is refused with. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("..", DOT_DOT),
                Arguments.of("../a", DOT_DOT),
                Arguments.of("..\\a", DOT_DOT),
                Arguments.of("a/..", DOT_DOT),
                Arguments.of("a\\..", DOT_DOT),
                Arguments.of("a/../b", DOT_DOT),
                Arguments.of("a\\..\\b", DOT_DOT),
                Arguments.of("a/..\\b", DOT_DOT),
                Arguments.of("/..", DOT_DOT),
                Arguments.of("\\..", DOT_DOT),
                Arguments.of("../", DOT_DOT),
                Arguments.of("./..", DOT_DOT),
                Arguments.of("a/b/../../c", DOT_DOT),
                Arguments.of("sub/../../outside/secret.txt", DOT_DOT),
                Arguments.of("", EMPTY),
                Arguments.of("/", EMPTY),
                Arguments.of("\\", EMPTY),
                Arguments.of("//", EMPTY),
                Arguments.of("/\\/", EMPTY),
                Arguments.of(".", EMPTY),
                Arguments.of("./", EMPTY),
                Arguments.of("/./.", EMPTY),
                Arguments.of(".\\.\\", EMPTY),
                Arguments.of("\0", CONTROL),
                Arguments.of("real.txt\0.cnf", CONTROL),
                Arguments.of("\0/a", CONTROL),
                Arguments.of("a/\0", CONTROL),
                Arguments.of("a\nb", CONTROL),
                Arguments.of("a\rb", CONTROL),
                Arguments.of("a\tb", CONTROL),
                Arguments.of("a\u007fb", CONTROL),
                Arguments.of("a\u0085b", CONTROL),
                Arguments.of("a\u009fb", CONTROL));
    }

    /** Every ISO control character: C0 (0x00-0x1f), DEL (0x7f) and C1 (0x80-0x9f). */
    static IntStream controlCharacters() {
        return IntStream.concat(IntStream.rangeClosed(0x00, 0x1f), IntStream.rangeClosed(0x7f, 0x9f));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @MethodSource("accepted")
    void normalizes(String raw, String expected) throws IllegalPathException {
        assertEquals(expected, RequestPath.normalize(raw));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @MethodSource("refused")
    void refusesWithTheRawNameAndAReason(String raw, String reason) {
        IllegalPathException e = assertThrows(IllegalPathException.class,
                () -> RequestPath.normalize(raw));
        assertEquals(raw, e.rawName());
        assertEquals(reason, e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] char {0}")
    @MethodSource("controlCharacters")
    void refusesEveryControlCharacterAnywhereInTheName(int c) {
        String ch = String.valueOf((char) c);
        for (String raw : new String[] {ch, "a" + ch + ".cnf", ch + "a", "dir/" + ch, ch + "/a"}) {
            IllegalPathException e = assertThrows(IllegalPathException.class,
                    () -> RequestPath.normalize(raw), () -> "accepted " + printable(raw));
            assertEquals(raw, e.rawName());
            assertEquals(CONTROL, e.getMessage());
        }
    }

    @Test
    void refusesNullWithoutARawName() {
        IllegalPathException e = assertThrows(IllegalPathException.class,
                () -> RequestPath.normalize(null));
        assertNull(e.rawName());
        assertEquals("missing file name", e.getMessage());
    }

    @Test
    void theLimitIs1024Characters() {
        assertEquals(1024, RequestPath.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1023, 1024})
    void acceptsNamesUpToTheLimit(int length) throws IllegalPathException {
        String raw = "a".repeat(length);
        assertEquals(raw, RequestPath.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(ints = {1025, 2048, 100_000})
    void refusesNamesBeyondTheLimit(int length) {
        String raw = "a".repeat(length);
        IllegalPathException e = assertThrows(IllegalPathException.class,
                () -> RequestPath.normalize(raw));
        assertEquals(raw, e.rawName());
        assertEquals(TOO_LONG, e.getMessage());
    }

    @Test
    void theLimitAppliesToTheRawNameNotTheNormalizedPath() throws IllegalPathException {
        assertEquals("a".repeat(1023), RequestPath.normalize("/" + "a".repeat(1023)));
        String overLong = "/" + "a".repeat(1024);
        IllegalPathException e = assertThrows(IllegalPathException.class,
                () -> RequestPath.normalize(overLong));
        assertEquals(TOO_LONG, e.getMessage());
        assertEquals(overLong, e.rawName());
    }

    @Test
    void aSeparatorOnlyNameBeyondTheLimitIsTooLongRatherThanEmpty() {
        String raw = "/".repeat(1025);
        IllegalPathException e = assertThrows(IllegalPathException.class,
                () -> RequestPath.normalize(raw));
        assertEquals(TOO_LONG, e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("accepted")
    void isNormalizedAgreesWithNormalizeOnAcceptedNames(String raw, String expected)
            throws IllegalPathException {
        assertEquals(raw.equals(expected), RequestPath.isNormalized(raw));
        assertTrue(RequestPath.isNormalized(expected));
        assertEquals(expected, RequestPath.normalize(expected), "normalize is idempotent");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("refused")
    void isNormalizedIsFalseForRefusedNames(String raw, String reason) {
        assertFalse(RequestPath.isNormalized(raw));
    }

    @Test
    void isNormalizedIsFalseForNullAndOverLongNames() {
        assertFalse(RequestPath.isNormalized(null));
        assertFalse(RequestPath.isNormalized("a".repeat(1025)));
        assertTrue(RequestPath.isNormalized("a".repeat(1024)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a", "\\a", "a/", "a//b", "a\\b", "./a", "a/./b", "a/."})
    void isNormalizedIsFalseForNamesNormalizeWouldChange(String raw) {
        assertFalse(RequestPath.isNormalized(raw));
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
