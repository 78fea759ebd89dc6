package org.provgw.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed, validating view of the keys under one prefix. */
class SettingsTest {

    private static final String SOURCE = "conf/provgw.properties";
    private static final String PREFIX = "provider.fs.";
    private static final Path BASE = Path.of("/opt/provgw/conf");

    /** An enum whose constants have underscores, as setting values write them with dashes. */
    enum Mode { ROUND_ROBIN, FIRST, LAST_RESORT }

    /** One read that may fail, for the table of error shapes. */
    @FunctionalInterface
    interface Read {
        void from(Settings settings) throws InvalidSettingException;
    }

    private static Settings settings(Map<String, String> values) {
        return Settings.of(values, PREFIX, BASE, SOURCE);
    }

    private static Settings one(String key, String value) {
        return settings(Map.of(key, value));
    }

    private static InvalidSettingException failure(Settings settings, Read read) {
        return assertThrows(InvalidSettingException.class, () -> read.from(settings));
    }

    private static void assertInvalid(InvalidSettingException e, String key, String value,
                                      String reason) {
        assertEquals(SOURCE + ": " + PREFIX + key + " = " + value + ": " + reason, e.getMessage());
        assertEquals(PREFIX + key, e.key());
        assertEquals(value, e.value());
        assertEquals(SOURCE, e.source());
    }

    /** Key, value as written (before trimming), value as reported, reason, and the failing read. */
    static Stream<Arguments> errors() {
        Read anInt = s -> s.getInt("k", 0, 1, 10);
        Read aLong = s -> s.getLong("k", 0, 1, 10);
        Read aDuration = s -> s.getDuration("k", Duration.ZERO, Duration.ofMillis(100),
                Duration.ofSeconds(5));
        return Stream.of(
                Arguments.of("not an int", "abc", "abc", "not an integer", anInt),
                Arguments.of("int too small", "0", "0", "must be between 1 and 10", anInt),
                Arguments.of("int too large", " 11 ", "11", "must be between 1 and 10", anInt),
                Arguments.of("not a long", "1.5", "1.5", "not an integer", aLong),
                Arguments.of("long too large", "11", "11", "must be between 1 and 10", aLong),
                Arguments.of("not a boolean", "maybe", "maybe", "expected true or false",
                        (Read) s -> s.getBoolean("k", false)),
                Arguments.of("not a duration", "2 weeks", "2 weeks",
                        "expected a duration such as 500ms, 2s or 5m", aDuration),
                Arguments.of("duration too short", "99ms", "99ms",
                        "must be between 100ms and 5000ms", aDuration),
                Arguments.of("duration too long", "6s", "6s",
                        "must be between 100ms and 5000ms", aDuration),
                Arguments.of("not a constant", "third", "third",
                        "expected one of [round-robin, first, last-resort]",
                        (Read) s -> s.getEnum("k", Mode.class, Mode.FIRST)),
                Arguments.of("not a path", "a\0b", "a\0b", "not a valid path",
                        (Read) s -> s.getPath("k")),
                Arguments.of("factory's own check", "/srv/tftp", "/srv/tftp",
                        "directory does not exist",
                        (Read) s -> { throw s.invalid("k", "directory does not exist"); }));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("errors")
    void everyErrorNamesSourceFullKeyValueAndReason(String what, String written, String reported,
                                                    String reason, Read read) {
        assertInvalid(failure(one("k", written), read), "k", reported, reason);
    }

    @Test
    void aMissingRequiredKeyHasNoValueInItsMessage() {
        InvalidSettingException e = failure(one("other", "x"), s -> s.require("root"));
        assertEquals(SOURCE + ": provider.fs.root: is required", e.getMessage());
        assertEquals("provider.fs.root", e.key());
        assertNull(e.value());
        assertEquals(SOURCE, e.source());
    }

    @Test
    void invalidForAnAbsentKeyHasNoValueInItsMessage() {
        InvalidSettingException e = one("other", "x").invalid("root", "must be set with alternate.1");
        assertEquals(SOURCE + ": provider.fs.root: must be set with alternate.1", e.getMessage());
        assertNull(e.value());
    }

    @Nested
    class Construction {

        @Test
        void trimsValuesAndDropsBlankOnes() {
            Map<String, String> values = new HashMap<>();
            values.put("root", "  /srv/tftp \t");
            values.put("empty", "");
            values.put("spaces", "   ");
            values.put("tab", "\t\n");
            values.put("nothing", null);
            values.put("inner", " a  b ");
            Settings s = settings(values);
            assertEquals(Set.of("root", "inner"), s.keys());
            assertEquals(Optional.of("/srv/tftp"), s.get("root"));
            assertEquals(Optional.of("a  b"), s.get("inner"));
            assertEquals(Optional.empty(), s.get("empty"));
            assertEquals(Optional.empty(), s.get("spaces"));
            assertEquals(Optional.empty(), s.get("nothing"));
        }

        @Test
        void keysAreSortedAndReadOnly() {
            Settings s = settings(Map.of("b", "2", "c", "3", "a", "1"));
            assertEquals(List.of("a", "b", "c"), List.copyOf(s.keys()));
            assertThrows(UnsupportedOperationException.class, () -> s.keys().add("d"));
            assertThrows(UnsupportedOperationException.class, () -> s.keys().remove("a"));
        }

        @Test
        void copiesTheValues() {
            Map<String, String> values = new HashMap<>(Map.of("root", "/srv/tftp"));
            Settings s = settings(values);
            values.put("root", "/elsewhere");
            values.put("extra", "x");
            assertEquals(Optional.of("/srv/tftp"), s.get("root"));
            assertEquals(Set.of("root"), s.keys());
        }

        @Test
        void keepsPrefixSourceAndAnAbsoluteBaseDirectory() {
            Settings s = Settings.of(Map.of(), "tftp.", Path.of("conf"), "x.properties");
            assertEquals("tftp.", s.prefix());
            assertEquals("x.properties", s.source());
            assertEquals(Path.of("conf").toAbsolutePath(), s.baseDirectory());
            assertEquals(Set.of(), s.keys());
        }

        @Test
        void fullKeyIsPrefixAndKey() {
            assertEquals("provider.fs.root", settings(Map.of()).fullKey("root"));
            assertEquals("providers", Settings.of(Map.of(), "", BASE, SOURCE).fullKey("providers"));
        }

        @Test
        void toStringNamesPrefixSourceAndKeysButNoValues() {
            Settings s = settings(Map.of("root", "/srv/secret", "alternate.1", "/srv/alt"));
            assertEquals("Settings[provider.fs.* from conf/provgw.properties: [alternate.1, root]]",
                    s.toString());
        }
    }

    @Nested
    class Strings {

        @Test
        void getReturnsTheTrimmedValueOrEmpty() {
            Settings s = one("root", " /srv/tftp ");
            assertEquals(Optional.of("/srv/tftp"), s.get("root"));
            assertEquals(Optional.empty(), s.get("ROOT"));
            assertEquals(Optional.empty(), s.get("missing"));
        }

        @Test
        void requireReturnsThePresentValue() throws InvalidSettingException {
            assertEquals("/srv/tftp", one("root", " /srv/tftp ").require("root"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t"})
        void requireTreatsABlankValueAsMissing(String blank) {
            InvalidSettingException e = failure(one("root", blank), s -> s.require("root"));
            assertEquals(SOURCE + ": provider.fs.root: is required", e.getMessage());
            assertNull(e.value());
        }

        static Stream<Arguments> lists() {
            return Stream.of(
                    Arguments.of("a", List.of("a")),
                    Arguments.of("a,b,c", List.of("a", "b", "c")),
                    Arguments.of(" a , b ,c ", List.of("a", "b", "c")),
                    Arguments.of("a,,b", List.of("a", "b")),
                    Arguments.of("a, ,b", List.of("a", "b")),
                    Arguments.of(",a,", List.of("a")),
                    Arguments.of(",, ,", List.of()),
                    Arguments.of("a b, c", List.of("a b", "c")),
                    Arguments.of("0.0.0.0:6969, [::]:6969", List.of("0.0.0.0:6969", "[::]:6969")),
                    Arguments.of("b,a,b", List.of("b", "a", "b")));
        }

        @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
        @MethodSource("lists")
        void getListSplitsOnCommasAndDropsBlankItems(String value, List<String> expected) {
            List<String> list = one("k", value).getList("k");
            assertEquals(expected, list);
            assertThrows(UnsupportedOperationException.class, () -> list.add("x"));
        }

        @Test
        void getListOfAnAbsentKeyIsEmpty() {
            assertEquals(List.of(), one("other", "a,b").getList("k"));
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @CsvSource({"42, 42", "1, 1", "65535, 65535", "' 7 ', 7", "-5, -5"})
        void getIntParsesWithinBounds(String value, int expected) throws InvalidSettingException {
            assertEquals(expected, one("k", value).getInt("k", 0, -10, 65535));
        }

        @Test
        void getIntReturnsTheDefaultWhenAbsentOrBlank() throws InvalidSettingException {
            assertEquals(69, one("other", "1").getInt("port", 69, 1, 65535));
            assertEquals(69, one("port", "  ").getInt("port", 69, 1, 65535));
        }

        @ParameterizedTest
        @CsvSource({"0", "65536", "-1", "2147483648", "-9223372036854775808"})
        void getIntRefusesValuesOutOfBounds(String value) {
            assertInvalid(failure(one("port", value), s -> s.getInt("port", 69, 1, 65535)),
                    "port", value, "must be between 1 and 65535");
        }

        @Test
        void getIntBoundsAreInclusiveAtTheEndsOfTheIntRange() throws InvalidSettingException {
            assertEquals(Integer.MAX_VALUE, one("k", "2147483647")
                    .getInt("k", 0, Integer.MIN_VALUE, Integer.MAX_VALUE));
            assertEquals(Integer.MIN_VALUE, one("k", "-2147483648")
                    .getInt("k", 0, Integer.MIN_VALUE, Integer.MAX_VALUE));
            assertInvalid(failure(one("k", "2147483648"),
                            s -> s.getInt("k", 0, Integer.MIN_VALUE, Integer.MAX_VALUE)),
                    "k", "2147483648", "must be between -2147483648 and 2147483647");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "1.5", "0x10", "12a", "1 000", "1e3", "--1", "+",
            "99999999999999999999", "9223372036854775808"})
        void getIntAndGetLongRefuseNonNumbers(String value) {
            assertInvalid(failure(one("k", value), s -> s.getInt("k", 0, 0, 10)),
                    "k", value, "not an integer");
            assertInvalid(failure(one("k", value),
                            s -> s.getLong("k", 0, Long.MIN_VALUE, Long.MAX_VALUE)),
                    "k", value, "not an integer");
        }

        @Test
        void getLongCoversTheWholeLongRange() throws InvalidSettingException {
            assertEquals(Long.MAX_VALUE, one("k", "9223372036854775807")
                    .getLong("k", 0, Long.MIN_VALUE, Long.MAX_VALUE));
            assertEquals(Long.MIN_VALUE, one("k", "-9223372036854775808")
                    .getLong("k", 0, Long.MIN_VALUE, Long.MAX_VALUE));
            assertEquals(5_000_000_000L, one("k", "5000000000").getLong("k", 0, 0, 6_000_000_000L));
        }

        @Test
        void getLongReturnsTheDefaultWhenAbsent() throws InvalidSettingException {
            assertEquals(-3L, one("other", "1").getLong("k", -3L, 0, 10));
        }

        @ParameterizedTest
        @CsvSource({"9, 10, 20", "21, 10, 20", "10, 11, 11"})
        void getLongRefusesValuesOutOfBounds(long value, long min, long max) {
            String text = Long.toString(value);
            assertInvalid(failure(one("k", text), s -> s.getLong("k", min, min, max)),
                    "k", text, "must be between " + min + " and " + max);
        }

        @ParameterizedTest
        @CsvSource({"10, 10, 20", "20, 10, 20", "11, 11, 11"})
        void getLongBoundsAreInclusive(long value, long min, long max) throws InvalidSettingException {
            assertEquals(value, one("k", Long.toString(value)).getLong("k", -1, min, max));
        }
    }

    @Nested
    class Booleans {

        @ParameterizedTest
        @CsvSource({
            "true, true", "TRUE, true", "True, true", "yes, true", "YES, true", "Yes, true",
            "on, true", "ON, true", "oN, true",
            "false, false", "FALSE, false", "False, false", "no, false", "NO, false",
            "No, false", "off, false", "OFF, false", "oFf, false",
            "' true ', true", "' off ', false",
        })
        void getBooleanAcceptsTheWordsInAnyCase(String value, boolean expected)
                throws InvalidSettingException {
            // the default is the opposite, so that a value that is ignored fails the test
            assertEquals(expected, one("k", value).getBoolean("k", !expected));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "0", "y", "n", "t", "f", "truee", "enabled", "disabled",
            "true false", "tru", "nope", "o n"})
        void getBooleanRefusesOtherWords(String value) {
            assertInvalid(failure(one("k", value), s -> s.getBoolean("k", true)),
                    "k", value, "expected true or false");
        }

        @Test
        void getBooleanReturnsTheDefaultWhenAbsentOrBlank() throws InvalidSettingException {
            assertTrue(one("other", "no").getBoolean("k", true));
            assertFalse(one("other", "yes").getBoolean("k", false));
            assertTrue(one("k", " ").getBoolean("k", true));
        }
    }

    @Nested
    class Durations {

        private final Duration min = Duration.ZERO;
        private final Duration max = Duration.ofDays(365L * 1_000_000);

        static Stream<Arguments> durations() {
            return Stream.of(
                    Arguments.of("250ms", Duration.ofMillis(250)),
                    Arguments.of("2s", Duration.ofSeconds(2)),
                    Arguments.of("5m", Duration.ofMinutes(5)),
                    Arguments.of("1h", Duration.ofHours(1)),
                    Arguments.of("1500", Duration.ofMillis(1500)),
                    Arguments.of("0", Duration.ZERO),
                    Arguments.of("0s", Duration.ZERO),
                    Arguments.of("250MS", Duration.ofMillis(250)),
                    Arguments.of("2S", Duration.ofSeconds(2)),
                    Arguments.of("5M", Duration.ofMinutes(5)),
                    Arguments.of("1H", Duration.ofHours(1)),
                    Arguments.of(" 3s ", Duration.ofSeconds(3)),
                    Arguments.of("007s", Duration.ofSeconds(7)),
                    Arguments.of("999999999", Duration.ofMillis(999_999_999)),
                    Arguments.of("999999999h", Duration.ofHours(999_999_999)));
        }

        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @MethodSource("durations")
        void getDurationParsesNumberAndUnit(String value, Duration expected)
                throws InvalidSettingException {
            assertEquals(expected, one("k", value).getDuration("k", Duration.ofDays(1), min, max));
        }

        @Test
        void getDurationReturnsTheDefaultWhenAbsent() throws InvalidSettingException {
            Duration fallback = Duration.ofMillis(1234);
            assertSame(fallback, one("other", "2s").getDuration("k", fallback, min, max));
        }

        @ParameterizedTest
        @CsvSource({"100ms, 100", "100, 100", "1s, 1000", "5s, 5000", "5000ms, 5000", "5000, 5000"})
        void getDurationBoundsAreInclusive(String value, long millis) throws InvalidSettingException {
            assertEquals(Duration.ofMillis(millis), one("timeout", value).getDuration("timeout",
                    Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(5)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"99ms", "99", "0", "5001ms", "6s", "1m", "1h", "999999999h"})
        void getDurationRefusesValuesOutOfBounds(String value) {
            assertInvalid(failure(one("timeout", value), s -> s.getDuration("timeout",
                            Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(5))),
                    "timeout", value, "must be between 100ms and 5000ms");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "s", "ms", "1.5s", "-1s", "-1", "+1s", "1d", "1w", "2sec",
            "2 seconds", "1e3", "PT2S", "1h30m", "1,000ms", "0x10", "\u0661s",
            // more digits than any sensible duration: refused as unparseable, never overflowing
            "1234567890", "1234567890ms", "99999999999999999999h", "9223372036854775808"})
        void getDurationRefusesWhatIsNotANumberAndAUnit(String value) {
            assertInvalid(failure(one("k", value), s -> s.getDuration("k", Duration.ZERO, min, max)),
                    "k", value, "expected a duration such as 500ms, 2s or 5m");
        }

        @Test
        void getDurationRefusesAVeryLongNumberCleanly() {
            String value = "9".repeat(10_000) + "s";
            assertInvalid(failure(one("k", value), s -> s.getDuration("k", Duration.ZERO, min, max)),
                    "k", value, "expected a duration such as 500ms, 2s or 5m");
        }
    }

    @Nested
    class Enums {

        @ParameterizedTest
        @CsvSource({
            "round-robin, ROUND_ROBIN", "ROUND_ROBIN, ROUND_ROBIN", "Round-Robin, ROUND_ROBIN",
            "round_robin, ROUND_ROBIN", "ROUND-ROBIN, ROUND_ROBIN",
            "first, FIRST", "FIRST, FIRST", "First, FIRST", "' first ', FIRST",
            "last-resort, LAST_RESORT", "LAST_resort, LAST_RESORT",
        })
        void getEnumMatchesIgnoringCaseWithDashesForUnderscores(String value, Mode expected)
                throws InvalidSettingException {
            Mode fallback = expected == Mode.FIRST ? Mode.LAST_RESORT : Mode.FIRST;
            assertEquals(expected, one("mode", value).getEnum("mode", Mode.class, fallback));
        }

        @ParameterizedTest
        @ValueSource(strings = {"roundrobin", "round robin", "round--robin", "second", "firs",
            "first-", "-first", "0"})
        void getEnumRefusesOtherNamesListingTheChoices(String value) {
            assertInvalid(failure(one("mode", value), s -> s.getEnum("mode", Mode.class, Mode.FIRST)),
                    "mode", value, "expected one of [round-robin, first, last-resort]");
        }

        @Test
        void getEnumReturnsTheDefaultWhenAbsent() throws InvalidSettingException {
            assertEquals(Mode.LAST_RESORT,
                    one("other", "first").getEnum("mode", Mode.class, Mode.LAST_RESORT));
        }

        @Test
        void getEnumWorksWithTheSpiEnums() throws InvalidSettingException {
            assertEquals(Protocol.HTTPS, one("p", "https").getEnum("p", Protocol.class, Protocol.TFTP));
            assertInvalid(failure(one("p", "ftp"), s -> s.getEnum("p", Protocol.class, Protocol.TFTP)),
                    "p", "ftp", "expected one of [tftp, http, https]");
        }
    }

    @Nested
    class Paths {

        @ParameterizedTest
        @CsvSource({
            "tftpboot,          /opt/provgw/conf/tftpboot",
            "../tftpboot,       /opt/provgw/tftpboot",
            "./a/./b,           /opt/provgw/conf/a/b",
            "a/b/../c,          /opt/provgw/conf/a/c",
            "../../../../x,     /x",
            "'dir with space',  '/opt/provgw/conf/dir with space'",
            ".,                 /opt/provgw/conf",
        })
        void relativePathsResolveAgainstTheBaseDirectoryAndAreNormalized(String value, String expected)
                throws InvalidSettingException {
            assertEquals(Optional.of(Path.of(expected)), one("root", value).getPath("root"));
        }

        @ParameterizedTest
        @CsvSource({
            "/srv/tftp,            /srv/tftp",
            "/srv/../tftp,         /tftp",
            "/,                    /",
        })
        void absolutePathsAreKept(String value, String expected) throws InvalidSettingException {
            assertEquals(Optional.of(Path.of(expected)), one("root", value).getPath("root"));
        }

        @Test
        void aRelativeBaseDirectoryIsMadeAbsoluteFirst() throws InvalidSettingException {
            Settings s = Settings.of(Map.of("root", "../tftpboot"), PREFIX, Path.of("conf"), SOURCE);
            assertEquals(Optional.of(Path.of("tftpboot").toAbsolutePath().normalize()),
                    s.getPath("root"));
        }

        @Test
        void getPathOfAnAbsentKeyIsEmpty() throws InvalidSettingException {
            assertEquals(Optional.empty(), one("other", "/x").getPath("root"));
        }
    }

    @Nested
    class Nesting {

        private final Settings fs = settings(Map.of(
                "root", "/srv/tftp",
                "alt.1", "/a",
                "alt.2", " /b ",
                "alt.x.y", "v",
                "alt.x.port", "eighty",
                "alternate", "not nested",
                "ALT.3", "other case"));

        @Test
        void subHoldsTheNestedKeysWithoutTheirPrefix() {
            Settings alt = fs.sub("alt.");
            assertEquals(List.of("1", "2", "x.port", "x.y"), List.copyOf(alt.keys()));
            assertEquals(Optional.of("/a"), alt.get("1"));
            assertEquals(Optional.of("/b"), alt.get("2"));
            assertEquals(Optional.empty(), alt.get("root"));
            assertEquals(Optional.empty(), alt.get("alt.1"));
        }

        @Test
        void subExtendsThePrefixAndKeepsSourceAndBaseDirectory() {
            Settings alt = fs.sub("alt.");
            assertEquals("provider.fs.alt.", alt.prefix());
            assertEquals("provider.fs.alt.1", alt.fullKey("1"));
            assertEquals(SOURCE, alt.source());
            assertEquals(BASE, alt.baseDirectory());
        }

        @Test
        void subOfSubNestsFurther() {
            Settings x = fs.sub("alt.").sub("x.");
            assertEquals("provider.fs.alt.x.", x.prefix());
            assertEquals(List.of("port", "y"), List.copyOf(x.keys()));
            assertEquals(Optional.of("v"), x.get("y"));
            assertEquals("provider.fs.alt.x.y", x.fullKey("y"));
        }

        @Test
        void subWithoutMatchingKeysIsEmpty() {
            Settings none = fs.sub("none.");
            assertEquals(Set.of(), none.keys());
            assertEquals("provider.fs.none.", none.prefix());
        }

        @Test
        void subIsReadOnly() {
            assertThrows(UnsupportedOperationException.class, () -> fs.sub("alt.").keys().clear());
        }

        @Test
        void errorsFromASubNameTheFullKey() {
            Settings x = fs.sub("alt.").sub("x.");
            InvalidSettingException bad = failure(x, s -> s.getInt("port", 69, 1, 65535));
            assertEquals(SOURCE + ": provider.fs.alt.x.port = eighty: not an integer",
                    bad.getMessage());
            assertEquals("provider.fs.alt.x.port", bad.key());
            assertEquals("eighty", bad.value());
            assertEquals(SOURCE, bad.source());
            InvalidSettingException missing = failure(fs.sub("alt."), s -> s.require("9"));
            assertEquals(SOURCE + ": provider.fs.alt.9: is required", missing.getMessage());
            assertEquals("provider.fs.alt.9", missing.key());
        }

        @Test
        void relativePathsInASubResolveAgainstTheSameBaseDirectory() throws InvalidSettingException {
            Settings s = settings(Map.of("alt.1", "../alt1")).sub("alt.");
            assertEquals(Optional.of(Path.of("/opt/provgw/alt1")), s.getPath("1"));
        }

        @Test
        void theParentIsUnchanged() {
            fs.sub("alt.");
            assertFalse(fs.keys().contains("1"));
            assertEquals(Optional.of("/a"), fs.get("alt.1"));
        }
    }
}
