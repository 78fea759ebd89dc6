package org.provgw.gateway.remap;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a tftpd-hpa map file into a {@link RuleSet}.
 *
 * <p>The grammar, as tftpd-hpa 5.4 and later read it: one rule per line, {@code ops regex
 * [replacement]}, or a label {@code :name}; fields are separated by unescaped white space; an
 * unescaped {@code #} starts a comment; a backslash keeps the next character in its field
 * ({@code \ } is a space inside a field) and stays in the field, for the regex or the
 * replacement to interpret; carriage returns and NUL bytes are dropped. Fields after the
 * replacement are ignored (with a warning). The file is UTF-8.
 */
final class MapFileParser {

    private MapFileParser() {
    }

    /**
     * @param bytes the file's content
     * @param source the file, for messages
     * @return the compiled rules
     * @throws MapFileException listing every bad line
     */
    static RuleSet parse(byte[] bytes, String source) throws MapFileException {
        List<MapLine> lines = new ArrayList<>();
        List<LineProblem> errors = new ArrayList<>();
        List<LineProblem> warnings = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            lineNumber++;
            try {
                MapLine line = parseLine(decode(bytes, start, end), lineNumber, warnings);
                if (line != null) {
                    lines.add(line);
                }
            } catch (IllegalArgumentException e) {
                errors.add(new LineProblem(lineNumber, e.getMessage()));
            }
            start = end + 1;
        }
        if (!errors.isEmpty()) {
            throw new MapFileException(errors);
        }
        RuleSet rules = new RuleSet(source, lines, warnings);
        return withJumpWarnings(rules);
    }

    /**
     * @param line one line, without its line break
     * @param number its line number
     * @param warnings where to add suspicious constructs
     * @return the rule or label, or {@code null} for a blank or comment line
     * @throws IllegalArgumentException with the reason if the line is invalid
     */
    static MapLine parseLine(String line, int number, List<LineProblem> warnings) {
        List<String> fields = fields(line);
        if (fields.isEmpty()) {
            return null;
        }
        String first = fields.get(0);
        if (first.startsWith(":")) {
            // ":name" is a label; a lone ":" takes its name from the next field, as in tftpd-hpa
            String name = first.length() > 1 ? first.substring(1) : fields.size() > 1 ? fields.get(1) : "";
            int used = first.length() > 1 ? 1 : 2;
            if (fields.size() > used) {
                warnings.add(new LineProblem(number, "text after the label is ignored: " + fields.subList(used, fields.size())));
            }
            return new MapLine.Label(number, name);
        }
        RuleOps ops = RuleOps.parse(first);
        if (fields.size() < 2) {
            throw new IllegalArgumentException("regex missing after '" + first + "'");
        }
        PosixRegex regex;
        try {
            regex = PosixRegex.compile(fields.get(1), ops.ignoreCase());
        } catch (EreException e) {
            throw new IllegalArgumentException("bad regex '" + fields.get(1) + "': " + e.getMessage());
        }
        regex.notes().forEach(note -> warnings.add(new LineProblem(number, note)));
        if (first.indexOf('g') >= 0 && !ops.rewrite()) {
            warnings.add(new LineProblem(number, "'g' has no effect without 'r'"));
        }
        if (fields.size() > 3) {
            warnings.add(new LineProblem(number, "text after the replacement is ignored: "
                    + fields.subList(3, fields.size()) + " (write a space in a replacement as '\\ ')"));
        }
        return new MapLine.Rule(number, ops, regex, Template.parse(fields.size() > 2 ? fields.get(2) : ""));
    }

    /**
     * tftpd-hpa's field splitting: a field ends at unescaped white space or {@code #}, and a
     * {@code #} outside a field ends the line.
     */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= n || line.charAt(i) == '#') {
                return fields;
            }
            StringBuilder field = new StringBuilder();
            boolean escaped = false;
            while (i < n) {
                char c = line.charAt(i);
                if (!escaped && (isSpace(c) || c == '#')) {
                    break;
                }
                escaped = !escaped && c == '\\'; // "\\" leaves the next character unescaped
                field.append(c);
                i++;
            }
            fields.add(field.toString());
        }
    }

    /** C's isspace in the C locale. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String decode(byte[] bytes, int start, int end) {
        byte[] kept = new byte[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            if (bytes[i] != '\r' && bytes[i] != 0) {
                kept[length++] = bytes[i];
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(kept, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid UTF-8");
        }
    }

    /** A jump to a fixed label that does not exist can only fail; say so at load time. */
    private static RuleSet withJumpWarnings(RuleSet rules) {
        List<LineProblem> warnings = new ArrayList<>(rules.warnings());
        for (MapLine line : rules.lines()) {
            if (line instanceof MapLine.Rule rule && rule.ops().jump()) {
                String label = rule.replacement().raw();
                if (label.isEmpty()) {
                    warnings.add(new LineProblem(rule.line(), "'j' rule without a label: it fails every request it matches"));
                } else if (label.indexOf('\\') < 0 && rules.labelIndex(label) < 0) {
                    warnings.add(new LineProblem(rule.line(), "no label ':" + label
                            + "' in the file: the jump fails every request it matches"));
                }
            }
        }
        if (warnings.size() == rules.warnings().size()) {
            return rules;
        }
        warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new RuleSet(rules.source(), rules.lines(), warnings);
    }
}
