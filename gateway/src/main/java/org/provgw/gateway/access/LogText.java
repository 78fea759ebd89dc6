package org.provgw.gateway.access;

/**
 * Quotes untrusted text (a file name a client sent, an error detail) for a one-line log, so that
 * no input can end the line, fake another field or forge another line: {@code "} and {@code \}
 * are escaped, and every control, format, line-separator and surrogate character becomes a
 * {@code \}{@code uXXXX} escape. Long text is cut.
 */
public final class LogText {

    /** Characters of input kept; the rest is replaced by {@code ...}. */
    public static final int MAX_CHARS = 1024;

    private LogText() {
    }

    /**
     * @param text the text, possibly hostile; {@code null} is printed as {@code ""}
     * @return the text in double quotes, escaped, at most {@value #MAX_CHARS} input characters
     */
    public static String quote(String text) {
        String value = text == null ? "" : text;
        boolean cut = value.length() > MAX_CHARS;
        if (cut) {
            value = value.substring(0, MAX_CHARS);
        }
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (cut) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }

    private static boolean needsEscape(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
    }
}
