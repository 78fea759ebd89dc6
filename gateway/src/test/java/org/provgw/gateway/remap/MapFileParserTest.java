package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The map-file grammar: fields, comments, labels, and every error with its line number. */
class MapFileParserTest {

    @Test
    void splitsFieldsAtUnescapedWhiteSpaceAndStopsAtAComment() {
        assertEquals(List.of("r", "a\\ b", "c\\#d"), MapFileParser.fields("  r\ta\\ b   c\\#d  # comment"));
        assertEquals(List.of("r", "x"), MapFileParser.fields("r x#y z"));
        assertEquals(List.of("rg", "\\\\", "/"), MapFileParser.fields("rg \\\\ /"));
        assertEquals(List.of(), MapFileParser.fields("   # only a comment"));
        assertEquals(List.of(), MapFileParser.fields(""));
    }

    @Test
    void keepsRulesAndLabelsInFileOrderWithTheirLineNumbers() {
        RuleSet rules = Remap.rules("# map file", "", "r ^/", "   ", ":phones", "e ^SEP   # stop");

        assertEquals(3, rules.lines().size());
        assertEquals(List.of(3, 5, 6), rules.lines().stream().map(MapLine::line).toList());
        assertEquals("r ^/", rules.lines().get(0).toString());
        assertEquals(":phones", rules.lines().get(1).toString());
        assertEquals(1, rules.labelIndex("phones"));
        assertEquals(-1, rules.labelIndex("other"));
        assertEquals(2, rules.ruleCount());
    }

    @Test
    void dropsCarriageReturnsAndNulBytes() throws MapFileException {
        RuleSet rules = MapFileParser.parse("r ^/\r\nr\0 x y\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "t");

        assertEquals("y/x", Remap.apply(rules, "/x/x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rx ^a|line 2: invalid operation flag 'x' in 'rx' (valid: r g gg i e E s a j ~ 4 6 G P)",
        "r|line 2: regex missing after 'r'",
        "r #^a|line 2: regex missing after 'r'",
        "r (a|line 2: bad regex '(a': Unmatched ( or \\( (at character 1)",
        "r a{2,1}|line 2: bad regex 'a{2,1}': Invalid content of \\{\\} (at character 2)",
        "r~ a|line 2: rule flags r and ~ cannot be combined",
        "ra a|line 2: rule flags r and a cannot be combined",
        "rj a|line 2: rule flags r and j cannot be combined",
        "aj a|line 2: rule flags a and j cannot be combined",
        "as a|line 2: rule flags a and s cannot be combined",
        "ej a|line 2: rule flags e and j cannot be combined",
        "ae a|line 2: rule flags a and e cannot be combined",
        "es a|line 2: rule flags e and s cannot be combined",
        "eE a|line 2: rule flags e and E cannot be combined",
        "Ej a|line 2: rule flags E and j cannot be combined",
        "aE a|line 2: rule flags a and E cannot be combined",
        "Es a|line 2: rule flags E and s cannot be combined",
    })
    void refusesABadRuleWithItsLineNumber(String line, String message) {
        MapFileException e = Remap.errors("r ^/", line, "e ^");

        assertEquals(message, e.getMessage());
        assertEquals(2, e.errors().get(0).line());
    }

    @Test
    void reportsEveryBadLine() {
        MapFileException e = Remap.errors("r ^/", "x a", "r ok", "r [", "q b");

        assertEquals(List.of(2, 4, 5), e.errors().stream().map(LineProblem::line).toList());
        assertTrue(e.getMessage().startsWith("line 2: invalid operation flag 'x'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(and 2 more: lines 4, 5)"), e.getMessage());
    }

    @Test
    void refusesALineThatIsNotUtf8() throws Exception {
        byte[] bytes = "r ^/\nr caf\u00e9 x\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        MapFileException e = assertThrows(MapFileException.class, () -> MapFileParser.parse(bytes, "t"));
        assertEquals("line 2: not valid UTF-8", e.getMessage());
    }

    @Test
    void warnsAboutWhatLoadsButIsProbablyAMistake() {
        RuleSet rules = Remap.rules(
                "r a b c",
                "g x",
                "r ^SEP\\d+ x",
                "j ^ nowhere",
                "j ^",
                ":l extra",
                "j ^ \\1");

        assertEquals(List.of(
                "line 1: text after the replacement is ignored: [c] (write a space in a replacement as '\\ ')",
                "line 2: 'g' has no effect without 'r'",
                "line 3: '\\d' in the expression is the letter 'd': POSIX has no such escape (for a digit write [0-9])",
                "line 4: no label ':nowhere' in the file: the jump fails every request it matches",
                "line 5: 'j' rule without a label: it fails every request it matches",
                "line 6: text after the label is ignored: [extra]"),
                rules.warnings().stream().map(LineProblem::toString).toList());
    }

    @Test
    void acceptsEveryOperationLetterAndTheirValidCombinations() {
        RuleSet rules = Remap.rules("rgi a b", "rggi a b", "re a", "rE a", "rs a", "a a", "j a l", "~a a",
                "~e a", "~s a", "~j a l", "G a", "P a", "4 a", "6 a", "46GP a", "sj a l", ":l");

        assertEquals(17, rules.ruleCount());
        assertTrue(rules.warnings().isEmpty(), rules.warnings().toString());
    }
}
