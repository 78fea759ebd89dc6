package org.provgw.tftp.packet;

import java.util.Locale;
import java.util.Optional;

/** The transfer modes of RFC 1350 §1; the mode string is case-insensitive on the wire. */
public enum TransferMode {
    /** Text: line ends travel as CR LF, a bare CR as CR NUL. */
    NETASCII,
    /** Raw 8-bit bytes. */
    OCTET,
    /** Obsolete mail delivery; parsed so that it can be refused with a clear error. */
    MAIL;

    /** @return the lowercase name as written on the wire */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param wire the mode string from a request
     * @return the mode, or empty when the string names none
     */
    public static Optional<TransferMode> parse(String wire) {
        for (TransferMode mode : values()) {
            if (mode.name().equalsIgnoreCase(wire)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
