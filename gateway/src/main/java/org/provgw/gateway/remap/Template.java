package org.provgw.gateway.remap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * A rule's replacement pattern, parsed once: text, {@code \0}–{@code \9} (the match and its
 * groups), {@code \i} and {@code \x} (the client's address, dotted and in hex), {@code \U \L \E}
 * (upper-case, lower-case, leave case from here on), {@code \\} (a backslash); any other
 * backslashed character stands for itself ({@code \ } a space, {@code \#} a hash mark), as in
 * tftpd-hpa. Case changes apply to everything produced after them, by code point.
 */
final class Template {

    enum Case { AS_IS, UPPER, LOWER }

    private sealed interface Piece {
    }

    private record Text(String text) implements Piece {
    }

    private record Group(int number) implements Piece {
    }

    private record SetCase(Case mode) implements Piece {
    }

    private record Address(boolean hex) implements Piece {
    }

    private final String raw;
    private final List<Piece> pieces;
    private final boolean usesAddress;

    private Template(String raw, List<Piece> pieces) {
        this.raw = raw;
        this.pieces = List.copyOf(pieces);
        this.usesAddress = pieces.stream().anyMatch(Address.class::isInstance);
    }

    /**
     * @param raw the pattern as written in the map file, backslashes included
     * @return the parsed template
     */
    static Template parse(String raw) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i++);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (i == raw.length()) {
                text.append('\\'); // a trailing backslash stands for itself
                break;
            }
            char macro = raw.charAt(i++);
            Piece piece = switch (macro) {
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> new Group(macro - '0');
                case 'U' -> new SetCase(Case.UPPER);
                case 'L' -> new SetCase(Case.LOWER);
                case 'E' -> new SetCase(Case.AS_IS);
                case 'i' -> new Address(false);
                case 'x' -> new Address(true);
                default -> null;
            };
            if (piece == null) {
                text.append(macro);
                continue;
            }
            if (!text.isEmpty()) {
                pieces.add(new Text(text.toString()));
                text.setLength(0);
            }
            pieces.add(piece);
        }
        if (!text.isEmpty()) {
            pieces.add(new Text(text.toString()));
        }
        return new Template(raw, pieces);
    }

    /** @return the pattern as written */
    String raw() {
        return raw;
    }

    /** @return whether expanding needs the client's address */
    boolean usesAddress() {
        return usesAddress;
    }

    /**
     * Appends the expansion.
     *
     * @param out where to append
     * @param subject the text the match positions refer to
     * @param base what to add to a match position to index {@code subject}
     * @param match the match, or {@code null} when there is none (an inverted rule): groups are
     *     then empty
     * @param client the client's address texts
     */
    void expand(StringBuilder out, String subject, int base, MatchResult match, ClientText client) {
        Case mode = Case.AS_IS;
        for (Piece piece : pieces) {
            if (piece instanceof Text t) {
                append(out, t.text(), 0, t.text().length(), mode);
            } else if (piece instanceof Group g) {
                if (match != null && g.number() <= match.groupCount() && match.start(g.number()) >= 0) {
                    append(out, subject, base + match.start(g.number()), base + match.end(g.number()), mode);
                }
            } else if (piece instanceof SetCase s) {
                mode = s.mode();
            } else if (piece instanceof Address a) {
                String address = a.hex() ? client.hex() : client.dotted();
                append(out, address, 0, address.length(), mode);
            }
        }
    }

    private static void append(StringBuilder out, CharSequence s, int from, int to, Case mode) {
        if (mode == Case.AS_IS) {
            out.append(s, from, to);
            return;
        }
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(s, i);
            out.appendCodePoint(mode == Case.UPPER ? Character.toUpperCase(c) : Character.toLowerCase(c));
            i += Character.charCount(c);
        }
    }

    @Override
    public String toString() {
        return raw;
    }
}
