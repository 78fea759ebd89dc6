package org.provgw.cisco.build;

import java.nio.charset.StandardCharsets;

/**
 * Writes the {@code key: value} lines of the 7940/7960 SIP-firmware files (cisco-tftp.md §4.2):
 * one setting per line, strings in double quotes, numbers bare, ISO-8859-1 (the character set of
 * those phones' locales), lines ended by LF.
 *
 * <p>The format has no escape: a line break ends the setting, {@code ;} starts a comment and a
 * {@code "} ends the string. So values must not carry them, and how that is enforced depends on
 * what the value is:
 * <ul>
 *   <li>{@linkplain #label text shown on the display} (line and speed-dial labels, display
 *       names) is made safe: {@code "} becomes {@code '}, {@code ;} becomes {@code ,}, control
 *       characters become a space, characters outside ISO-8859-1 become {@code ?};</li>
 *   <li>{@linkplain #value anything the phone acts on} (numbers to register or dial, user names,
 *       passwords, addresses, image names, URLs) is refused with an {@link IllegalArgumentException}
 *       rather than silently changed into a value that fails later on the phone.</li>
 * </ul>
 */
final class SipConfigText {

    private final String owner;
    private final StringBuilder text = new StringBuilder(1024);

    /** @param owner the device or file the settings belong to, named in errors */
    SipConfigText(String owner) {
        this.owner = owner;
    }

    /**
     * @throws IllegalArgumentException if the value contains a line break, {@code "}, {@code ;},
     *     another control character or a character outside ISO-8859-1 (the value itself is not
     *     repeated in the message: it may be a password)
     */
    SipConfigText value(String key, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == ';' || isControl(c) || c > 0xFF) {
                throw new IllegalArgumentException(owner + ": " + key + " cannot be written to a SIP-firmware file:"
                        + " it contains " + describe(c) + " at position " + (i + 1));
            }
        }
        return line(key, '"' + value + '"');
    }

    /** Writes display text, replacing what the format cannot carry (see the class comment). */
    SipConfigText label(String key, String label) {
        StringBuilder safe = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < label.length() && Character.isLowSurrogate(label.charAt(i + 1))) {
                i++;
                safe.append('?');
            } else if (c == '"') {
                safe.append('\'');
            } else if (c == ';') {
                safe.append(',');
            } else if (isControl(c)) {
                safe.append(' ');
            } else {
                safe.append(c > 0xFF ? '?' : c);
            }
        }
        return line(key, '"' + safe.toString() + '"');
    }

    SipConfigText number(String key, long value) {
        return line(key, Long.toString(value));
    }

    /** A bare keyword such as {@code unicast}; only for fixed values from this code. */
    SipConfigText word(String key, String word) {
        return line(key, word);
    }

    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private SipConfigText line(String key, String rendered) {
        text.append(key).append(": ").append(rendered).append('\n');
        return this;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static String describe(char c) {
        return switch (c) {
            case '"' -> "a double quote";
            case ';' -> "a semicolon";
            case '\n', '\r' -> "a line break";
            default -> String.format("U+%04X", (int) c);
        };
    }
}
