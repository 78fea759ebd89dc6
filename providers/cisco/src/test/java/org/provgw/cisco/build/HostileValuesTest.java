package org.provgw.cisco.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.dom4j.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile values in every string field that reaches an XML file give a well-formed file whose
 * parsed text is the stored value, less the characters XML 1.0 cannot hold.
 */
class HostileValuesTest {

    private static final List<String> HOSTILE = List.of(
            "<", "&", "\"", "'", ">", "]]>", "<![CDATA[x]]>", "&amp;&#x41;&lt;",
            "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;", "</device><injected/>",
            "label\u0001\u0002\u001f", "\u0000", "a\r\nb\tc\rd\ne", "  lead and trail  ",
            "x<&\"']]>".repeat(2_000), "Z\u00fcrich \u2013 \u6771\u4eac \ud83d\ude00", "\ud800lone\udfff",
            "\ufffe\uffff\ufffd", "\u0085\u2028\u00a0", "%s{0}${x}");

    private final CiscoConfigRenderer renderer = new CiscoConfigRenderer();

    static Stream<Arguments> fieldsAndValues() {
        return StringFields.all().stream()
                .flatMap(field -> HOSTILE.stream().map(value -> Arguments.of(field, value)));
    }

    @ParameterizedTest(name = "{0}: value {index}")
    @MethodSource("fieldsAndValues")
    void parsedTextIsTheValueLessWhatXmlCannotHold(StringFields.Field field, String value) {
        Document document = Parsed.parse(renderer.render(field.file(), field.input().apply(value)));
        assertEquals(xmlChars(value), field.read().apply(document));
    }

    /** XML 1.0 {@code Char}: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    private static String xmlChars(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints()
                .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
