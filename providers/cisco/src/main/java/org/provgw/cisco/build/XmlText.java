package org.provgw.cisco.build;

/**
 * Makes database text safe to put in an XML 1.0 document. XML 1.0 cannot carry most C0 control
 * characters (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, not even as character references),
 * U+FFFE, U+FFFF or a surrogate without its partner; such characters are removed, so that a stray
 * control character in a label costs that character, never the whole file. Everything else
 * (tab, line feed, carriage return, any other Unicode character) is kept and escaped by
 * {@link ConfigXmlWriter}.
 */
final class XmlText {

    private XmlText() {
    }

    /**
     * @param text any text
     * @return the text without the characters XML 1.0 cannot hold
     */
    static String clean(String text) {
        int bad = firstUnsafe(text);
        if (bad < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, bad);
        for (int i = bad; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isAllowedBmp(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isAllowedBmp(c)) {
                return i;
            }
        }
        return -1;
    }

    /** XML 1.0 {@code Char} production for one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean isAllowedBmp(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
