package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;

/**
 * The engine against the installed tftpd-hpa itself: the same map file, the same names, the same
 * answer on the wire. A last rule {@code a ^.*$ =\0} makes tftpd-hpa reveal the final name as the
 * ERROR 2 message; a name an {@code e} rule stops at is fetched, from a tree that holds it.
 *
 * <p>Debian 12 ships tftpd-hpa 5.2, which predates {@code gg}, {@code E} and labels and has bugs
 * later versions fixed; {@link #knownDifferencesFromTftpdHpa52} pins down each difference the
 * README lists. No case here has a {@code g} rule whose replacement matches again: 5.2 does not
 * count those repetitions against its step limit, and its child process spins for ever.
 * Skipped without the binary or without root (in.tftpd -s chroots).
 */
@Timeout(120)
class TftpdHpaComparisonTest {

    private static final String REVEAL = "a ^.*$ =\\0";

    @TempDir
    static Path dir;
    static Path root;

    @BeforeAll
    static void tree() throws IOException {
        root = Files.createDirectories(dir.resolve("root"));
        for (String name : List.of("keep", "SEP0011AABBCC01.cnf.xml", "firmware/P0030801SR02.sbn")) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "content of " + name);
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of("r ^(/|/tftpboot/) "), List.of("/tftpboot/a", "/b", "c")),
                Arguments.of(List.of("r ^(/|/tftpboot/)?(.*)$ [\\1][\\2]"), List.of("/tftpboot/x", "y")),
                Arguments.of(List.of("r (a|ab)(c|bcd)(d*) <\\1|\\2|\\3>"), List.of("abcd", "xabcdx")),
                Arguments.of(List.of("r a*(ab)? <\\0|\\1>"), List.of("aab", "abcd", "b")),
                Arguments.of(List.of("r x*|y <\\0>"), List.of("y", "zy")),
                Arguments.of(List.of("rg []a-] _", "rg [^]_=] =", "rg [\\] /"), List.of("a]b-c", "x\\y", "]]a")),
                Arguments.of(List.of("rg [[:digit:]] N", "rg [[:upper:]] u", "rg [[:punct:]] P", "rg [[:space:]] S"),
                        List.of("Ab1.c d", "z")),
                Arguments.of(List.of("ri ^sep([0-9a-f]{12})\\.cnf\\.xml$ SEP\\U\\1\\E.cnf.xml"),
                        List.of("sep0011aabbcc01.CNF.XML", "SEP0011AABBCC01.cnf.xml", "sepXYZ.cnf.xml")),
                Arguments.of(List.of("r ^(.)(.)(.) \\3\\2\\1\\0"), List.of("abcd", "ab")),
                Arguments.of(List.of("r ^ \\i|\\x|"), List.of("f")),
                Arguments.of(List.of("r ^(.*)$ \\L\\1\\U\\1\\E\\1"), List.of("aBc")),
                Arguments.of(List.of("r _ \\\\\\ \\#\\q"), List.of("a_b")),
                Arguments.of(List.of("rg \\\\ /", "rg ab b"), List.of("a\\b\\c", "aaab")),
                Arguments.of(List.of("e ^keep", "r ^ x/"), List.of("keep", "other")),
                Arguments.of(List.of("a ^.*secret.*$ no\\ secrets", "a \\.\\."), List.of("my-secret-file", "../x", "ok")),
                Arguments.of(List.of("Gr ^ get/", "Pr ^ put/", "4r ^ v4/", "6r ^ v6/"), List.of("f")),
                Arguments.of(List.of("~a ^(SEP|XML)"), List.of("SEP1", "boot.ini")),
                Arguments.of(List.of("r ^(a+)b\\1$ <\\1>"), List.of("aabaa", "aaba")),
                Arguments.of(List.of("rg \\<[a-z] X", "r \\w+ W"), List.of("ab cd..ef")),
                Arguments.of(List.of("r .$ Z", "r ^.{2} Y"), List.of("abc")),
                Arguments.of(List.of("r a{2,3} X", "r b{,2} Y", "r c+? Z"), List.of("aaaabbbccc")),
                Arguments.of(List.of("r \\. _", "r a\\|b X", "r \\{1\\} Y", "r x) Z", "r \\d D"), List.of("1.a|b{1}x)d")),
                Arguments.of(List.of(
                        "rg \\\\ /",
                        "r ^/+",
                        "ri ^tftpboot/",
                        "ri ^(sep)([0-9a-f]{12})(\\.cnf\\.xml)$ SEP\\U\\2\\E.cnf.xml",
                        "ri ^([^/]+\\.(sbn|bin|loads))$ firmware/\\1",
                        "a ^.*\\.\\..*$ no\\ parent\\ directories",
                        "r ^(XMLDefault\\.cnf\\.xml)$ \\i/\\1",
                        "e ^(SEP|firmware/)"),
                        List.of("\\tftpboot\\sep0011aabbcc01.cnf.xml", "/P0030801SR02.SBN", "XMLDefault.cnf.xml",
                                "../../etc/shadow", "Desktops/320x212x12/Bg.png")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersLikeTftpdHpa(List<String> rules, List<String> names) throws Exception {
        assumeTrue(TftpdHpa.unavailable() == null, TftpdHpa.unavailable());
        List<String> withReveal = new ArrayList<>(rules);
        withReveal.add(REVEAL);
        Path map = TftpdHpa.mapFile(dir.resolve("compare.map"), withReveal);
        RuleSet ours = MapFileLoader.load(map);
        try (TftpdHpa tftpd = TftpdHpa.start(map, root)) {
            for (String name : names) {
                assertEquals(tftpd.get(name), provgw(ours, name, tftpd.address()), "rules " + rules + ", name " + name);
            }
        }
    }

    @Test
    void refusesTheMapFilesTftpdHpaRefuses() throws Exception {
        assumeTrue(TftpdHpa.unavailable() == null, TftpdHpa.unavailable());
        for (String bad : List.of("rx a", "r a{2,1} x", "r (a", "r [z-a] x", "r \\1(a) x", "r~ a", "r [[:foo:]] x",
                "r {1} x")) {
            Path map = TftpdHpa.mapFile(dir.resolve("bad.map"), List.of("r ^/", bad));
            assertTrue(TftpdHpa.refuses(map, root), "tftpd-hpa refuses " + bad);
            assertThrows(MapFileException.class, () -> MapFileLoader.load(map), bad);
        }
        Path good = TftpdHpa.mapFile(dir.resolve("good.map"), List.of("r a{,2}+? x", "r x) y", "r [a-] x", "r \\d x"));
        try (TftpdHpa tftpd = TftpdHpa.start(good, root)) { // started: tftpd-hpa accepts them
            assertEquals(tftpd.get("keep"), provgw(MapFileLoader.load(good), "keep", tftpd.address()));
        }
    }

    /** Each difference the README lists, as 5.2 shows it and as provgw (like 5.4 and later) answers. */
    @Test
    void knownDifferencesFromTftpdHpa52() throws Exception {
        assumeTrue(TftpdHpa.unavailable() == null, TftpdHpa.unavailable());
        // s restarted at the second rule in 5.2
        assertDiffers(List.of("r ^B1 C1", "r ^b B1", "s ^B1", REVEAL), "b",
                "ERROR 2 Remap table failure", "ERROR 2 =C1");
        // an a rule's message kept the text around the match in 5.2
        assertDiffers(List.of("a ^deny go\\ away"), "deny/x", "ERROR 2 go away/x", "ERROR 2 go away");
        // gg was g in 5.2
        assertDiffers(List.of("rgg ab b", REVEAL), "aaab", "ERROR 2 =b", "ERROR 2 =aab");
        // 5.2 accepted a backslash ending a line (it escaped the line break) and every pair of
        // letters but r~; 5.4 refuses a trailing backslash and eleven more pairs
        for (String refusedNow : List.of("r a\\", "ra a", "es a")) {
            Path map = TftpdHpa.mapFile(dir.resolve("accepted.map"), List.of(refusedNow));
            assertThrows(MapFileException.class, () -> MapFileLoader.load(map), refusedNow);
            try (TftpdHpa tftpd = TftpdHpa.start(map, root)) {
                assertTrue(tftpd.get("keep").startsWith("DATA "), "5.2 accepts " + refusedNow);
            }
        }
        // E, j and labels do not exist in 5.2: it refuses to start
        for (String newer : List.of("E ^", "j ^ l", ":l")) {
            Path map = TftpdHpa.mapFile(dir.resolve("newer.map"), List.of(newer, ":l"));
            assertTrue(TftpdHpa.refuses(map, root), newer);
            MapFileLoader.load(map);
        }
    }

    private static void assertDiffers(List<String> rules, String name, String tftpdHpa52, String provgw)
            throws Exception {
        Path map = TftpdHpa.mapFile(dir.resolve("differs.map"), rules);
        try (TftpdHpa tftpd = TftpdHpa.start(map, root)) {
            String theirs = tftpd.get(name);
            if (!theirs.equals(tftpdHpa52)) { // a newer tftpd-hpa: it must then agree with provgw
                assertEquals(provgw, theirs, "rules " + rules);
            }
            assertEquals(provgw, provgw(MapFileLoader.load(map), name, tftpd.address()));
            assertNotEquals(tftpdHpa52, provgw);
        }
    }

    /** What provgw answers on the wire for this name: ERROR 2 for a refusal, else the file or ERROR 1. */
    private static String provgw(RuleSet rules, String name, InetSocketAddress client) throws IOException {
        Rewrite rewrite = RuleRunner.run(rules, name, Direction.READ, client, Protocol.TFTP, FileProbe.NONE, null)
                .rewrite();
        if (rewrite instanceof Rewrite.Denied denied) {
            return "ERROR 2 " + denied.message();
        }
        Path file = root.resolve(((Rewrite.Name) rewrite).name().replaceFirst("^/+", ""));
        return Files.isRegularFile(file) ? "DATA " + Files.readString(file, StandardCharsets.UTF_8)
                : "ERROR 1 File not found";
    }
}
