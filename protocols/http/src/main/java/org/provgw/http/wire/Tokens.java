package org.provgw.http.wire;

/** Character classes of RFC 9110 §5.6.2 and §5.5, for bytes. */
final class Tokens {

    private static final boolean[] TCHAR = new boolean[256];

    static {
        for (int c = '0'; c <= '9'; c++) {
            TCHAR[c] = true;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            TCHAR[c] = true;
            TCHAR[c + ('a' - 'A')] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TCHAR[c] = true;
        }
    }

    private Tokens() {
    }

    /** @return whether {@code b} (unsigned) may appear in a token: a method or a field name */
    static boolean isTokenChar(int b) {
        return TCHAR[b];
    }

    /** @return whether {@code b} (unsigned) may appear in a field value: VCHAR, SP, HTAB, obs-text */
    static boolean isFieldValueChar(int b) {
        return b == '\t' || (b >= 0x20 && b != 0x7f);
    }

    /** @return whether {@code b} (unsigned) may appear in a request target: visible ASCII */
    static boolean isTargetChar(int b) {
        return b > 0x20 && b < 0x7f;
    }

    /** @return whether {@code b} is optional whitespace (SP or HTAB) */
    static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t';
    }
}
