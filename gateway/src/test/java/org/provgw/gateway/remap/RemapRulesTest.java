package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.provgw.protocol.Direction;

/**
 * The rule engine against a table of map files, names and the result tftpd-hpa (5.4 and later)
 * gives: every operation letter, every replacement escape, and rules in the style of real phone
 * deployments. A result is the name served or "DENIED message".
 */
class RemapRulesTest {

    /** One row: these rules, this request, this answer. */
    record Row(String title, List<String> rules, String name, Direction direction, InetSocketAddress client,
               Set<String> existing, String expected) {
        @Override
        public String toString() {
            return title + ": " + name + " -> " + expected;
        }

        Row write() {
            return new Row(title, rules, name, Direction.WRITE, client, existing, expected);
        }

        Row from(InetSocketAddress other) {
            return new Row(title, rules, name, direction, other, existing, expected);
        }

        Row existing(String... files) {
            return new Row(title, rules, name, direction, client, Set.of(files), expected);
        }
    }

    private static Row row(String title, List<String> rules, String name, String expected) {
        return new Row(title, rules, name, Direction.READ, Remap.V4_CLIENT, Set.of(), expected);
    }

    private static List<String> rules(String... lines) {
        return List.of(lines);
    }

    static Stream<Row> rows() {
        List<String> exitRules = rules("e ^keep/", "r ^ other/");
        List<String> hasFile = rules("rE ^(.*)$ firmware/\\1", "r ^ missing/");
        List<String> jumps = rules("j ^SEP phones", "r ^ other/", "e ^", ":phones", "r ^ phones/");
        List<String> computedJump = rules("j ^(SEP|CIP) \\1", "e ^", ":SEP", "r ^ sep/", "e ^", ":CIP", "r ^ cip/");
        List<String> directions = rules("Gr ^ get/", "Pr ^ put/");
        List<String> families = rules("4r ^ v4/", "6r ^ v6/", "46r ^ never/");
        List<String> cisco = rules(
                "# a Cisco deployment: phones vary case and separators, firmware lives apart",
                "rg \\\\ /                                   # Windows-style separators",
                "r ^/+                                      # leading slashes",
                "ri ^tftpboot/                              # an absolute tftpboot path",
                "ri ^(sep)([0-9a-f]{12})(\\.cnf\\.xml)$ SEP\\U\\2\\E.cnf.xml",
                "ri ^([^/]+\\.(sbn|bin|loads|zz|sb2))$ firmware/\\1",
                "a \\.\\. no\\ parent\\ directories",
                "r ^(XMLDefault\\.cnf\\.xml)$ \\i/\\1      # a default per subnet's gateway");
        return Stream.of(
                // r, g, gg
                row("r replaces the match", rules("r \\.cnf$ .CNF"), "SEP1.cnf", "SEP1.CNF"),
                row("r without replacement deletes", rules("r ^/"), "/SEP1.cnf", "SEP1.cnf"),
                row("r replaces once", rules("r \\\\ /"), "a\\b\\c", "a/b\\c"),
                row("rg repeats from the start", rules("rg \\\\ /"), "Desktops\\320x212x12\\Bg.png", "Desktops/320x212x12/Bg.png"),
                row("rg rescans its own output", rules("rg ab b"), "aaab", "b"),
                row("rgg continues after each replacement", rules("rgg ab b"), "aaab", "aab"),
                row("rgg replaces every occurrence", rules("rgg a x"), "banana", "bxnxnx"),
                row("rgg: ^ matches only at the start", rules("rgg ^a x"), "aaa", "xaa"),
                row("rg on an empty match never ends", rules("rg x* -"), "abc", "DENIED Remap table failure"),
                row("g without r does nothing", rules("g a"), "banana", "banana"),
                // i
                row("i ignores case", rules("ri ^sep SEP"), "sEp1", "SEP1"),
                row("without i case matters", rules("r ^sep SEP"), "sEp1", "sEp1"),
                // e, E
                row("e stops after a match", exitRules, "keep/a", "keep/a"),
                row("e does nothing without a match", exitRules, "a", "other/a"),
                row("E keeps a rewrite that names a file", hasFile, "a.sbn", "firmware/a.sbn").existing("firmware/a.sbn"),
                row("E undoes a rewrite that names no file", hasFile, "b.sbn", "missing/b.sbn"),
                row("E without r stops when the name is a file", rules("E ^", "r ^ x/"), "here", "here").existing("here"),
                row("E without r goes on when it is not", rules("E ^", "r ^ x/"), "gone", "x/gone"),
                // s
                row("s restarts at the first rule", rules("r ^B1 C1", "r ^b B1", "s ^B1"), "b", "C1"),
                row("s that always matches fails", rules("s ^"), "b", "DENIED Remap table failure"),
                // a
                row("a without text: Access denied", rules("a \\.\\."), "../etc/passwd", "DENIED Access denied"),
                row("a's text is the message", rules("a ^secret/ no\\ secrets\\ here"), "secret/key", "DENIED no secrets here"),
                row("a's message expands groups", rules("a ^private/(.*)$ \\1\\ is\\ private"), "private/x", "DENIED x is private"),
                row("a does nothing without a match", rules("a ^secret/"), "public/key", "public/key"),
                row("a stops processing", rules("a ^x", "r ^ y"), "x", "DENIED Access denied"),
                // ~
                row("~ acts when the expression does not match",
                        rules("~a ^(SEP|XMLDefault|firmware/) only\\ phone\\ files"), "boot.ini", "DENIED only phone files"),
                row("~ lets a match through", rules("~a ^(SEP|XMLDefault)"), "SEP1.cnf.xml", "SEP1.cnf.xml"),
                row("~ has no groups", rules("~a ^ok not\\ ok:\\0:\\1:"), "nope", "DENIED not ok:::"),
                row("~ with e", rules("~e ^SEP", "r ^ x/"), "other", "other"),
                // j and labels
                row("j jumps to its label", jumps, "SEP1", "phones/SEP1"),
                row("j does nothing without a match", jumps, "x", "other/x"),
                row("j's label may be computed", computedJump, "CIP2", "cip/CIP2"),
                row("j's label may be computed (2)", computedJump, "SEP2", "sep/SEP2"),
                row("j to a missing label fails", rules("j ^ nowhere"), "x", "DENIED Remap table failure"),
                row("j without a label fails", rules("j ^"), "x", "DENIED Remap table failure"),
                row("j backwards loops until the step limit", rules(":top", "j ^ top"), "x", "DENIED Remap table failure"),
                row("the first of two equal labels wins", rules("j ^ l", ":l", "r ^ first/", "e ^", ":l", "r ^ second/"),
                        "x", "first/x"),
                row("a lone ':' takes the next field as label", rules("j ^ here", "r ^ skipped/", ": here", "r ^ there/"),
                        "x", "there/x"),
                // G P 4 6
                row("G applies to reads", directions, "f", "get/f"),
                row("P applies to writes", directions, "f", "put/f").write(),
                row("4 applies to IPv4 clients", families, "f", "v4/f"),
                row("6 applies to IPv6 clients", families, "f", "v6/f").from(Remap.V6_CLIENT),
                row("an IPv4-mapped client is IPv4", families, "f", "v4/f").from(Remap.client("::ffff:192.0.2.9")),
                // replacement escapes
                row("\\0 is the whole match", rules("r [0-9]+ <\\0>"), "SEP12.cnf", "SEP<12>.cnf"),
                row("\\1 to \\9", rules("r ^(a)(b)(c)(d)(e)(f)(g)(h)(i)$ \\9\\8\\7\\6\\5\\4\\3\\2\\1"), "abcdefghi", "ihgfedcba"),
                row("a group that took no part is empty", rules("r ^(x)?(.*)$ [\\1][\\2]"), "abc", "[][abc]"),
                row("\\i is the IPv4 address", rules("r ^ \\i/"), "f", "192.0.2.7/f"),
                row("\\i is the IPv6 address", rules("r ^ \\i/"), "f", "2001:db8::7/f").from(Remap.V6_CLIENT),
                row("\\x is the IPv4 address in hex", rules("r ^ \\x/"), "f", "C0000207/f"),
                row("\\x is the IPv6 address in hex", rules("r ^ \\x/"), "f", "20010DB8000000000000000000000007/f")
                        .from(Remap.V6_CLIENT),
                row("\\U upper-cases", rules("r ^(.*)$ \\U\\1"), "sep1.cnf", "SEP1.CNF"),
                row("\\L lower-cases", rules("r ^(.*)$ \\L\\1"), "SEP1.CNF", "sep1.cnf"),
                row("\\E ends \\U", rules("r ^(...)(.*)$ \\U\\1\\E\\2"), "sepab.cnf", "SEPab.cnf"),
                row("case changes apply to text and addresses", rules("r ^ \\Lx\\x-"), "f", "xc0000207-f"),
                row("case changes leave the unmatched part alone", rules("r b \\UB"), "abc", "aBc"),
                row("case folding is by code point", rules("r ^(.*)$ \\U\\1"), "straße-é", "STRASSE-É".replace("SS", "ß")),
                row("\\\\ is a backslash", rules("r / \\\\"), "a/b", "a\\b"),
                row("'\\ ' is a space", rules("r _ \\ "), "a_b", "a b"),
                row("\\# is a hash mark", rules("r _ \\#"), "a_b", "a#b"),
                row("another backslashed character stands for itself", rules("r _ \\q"), "a_b", "aqb"),
                row("a trailing backslash stands for itself", rules("r _ x\\"), "a_b", "ax\\b"),
                row("an unescaped # starts a comment", rules("r _ x#y"), "a_b", "axb"),
                // POSIX matching
                row("the longest alternative wins", rules("r ^(/|/tftpboot/) "), "/tftpboot/a", "a"),
                row("the longest overall match wins", rules("r a*(ab)? <\\0|\\1>"), "aab", "<aab|ab>"),
                row("groups follow the first way to the longest match", rules("r ^(/|/tftpboot/)?(.*)$ [\\1][\\2]"),
                        "/tftpboot/x", "[/][tftpboot/x]"),
                // a deployment
                row("deployment: separators", cisco, "\\Desktops\\320x212x12\\Bg.png", "Desktops/320x212x12/Bg.png"),
                row("deployment: SEP name case", cisco, "/tftpboot/sep0011aabbcc01.CNF.XML", "SEP0011AABBCC01.cnf.xml"),
                row("deployment: firmware directory", cisco, "SCCP41.9-4-2SR3-1S.LOADS", "firmware/SCCP41.9-4-2SR3-1S.LOADS"),
                row("deployment: subdirectories keep their path", cisco, "Desktops/a.bin", "Desktops/a.bin"),
                row("deployment: per-client default", cisco, "/XMLDefault.cnf.xml", "192.0.2.7/XMLDefault.cnf.xml"),
                row("deployment: refusal", cisco, "../../etc/shadow", "DENIED no parent directories"),
                // limits
                row("a name over 1024 characters is refused unread", rules("r ^ x"), "a".repeat(1025),
                        "DENIED file name too long"),
                row("a name may not grow past 4096 characters", rules("rg ^(.*)$ \\1\\1"), "ab",
                        "DENIED Remap table failure"),
                row("a regex that backtracks badly is cut short", rules("r (.*a){12}b x"), "a".repeat(40),
                        "DENIED Remap table failure"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void rulesGiveTftpdHpasResult(Row row) {
        RuleSet rules = Remap.rules(row.rules().toArray(String[]::new));

        assertEquals(row.expected(), Remap.apply(rules, row.name(), row.direction(), row.client(), row.existing()));
    }
}
