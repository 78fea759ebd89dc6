package org.provgw.tftp.hpa;

/** POSIX shell single quoting: safe to {@code eval} whatever the text holds. */
final class ShellQuote {

    private ShellQuote() {
    }

    /** @return the text in single quotes, each {@code '} written as {@code '\''} */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
