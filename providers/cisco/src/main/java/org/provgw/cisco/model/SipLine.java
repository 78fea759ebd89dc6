package org.provgw.cisco.model;

import java.util.Objects;

/**
 * A line of a SIP phone.
 *
 * @param button the line button, from 1
 * @param directoryNumber the DN, also the registration user
 * @param label what the button shows, may be empty
 * @param displayName the caller name sent with calls, may be empty
 * @param authName the digest user name, empty to use the DN
 * @param authPassword the digest password, may be empty; never printed by {@link #toString()}
 */
public record SipLine(int button, String directoryNumber, String label, String displayName, String authName,
                      String authPassword) {

    /** @throws IllegalArgumentException if the button is not positive or the DN is blank */
    public SipLine {
        Objects.requireNonNull(directoryNumber, "directoryNumber");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(authName, "authName");
        Objects.requireNonNull(authPassword, "authPassword");
        if (button < 1) {
            throw new IllegalArgumentException("line button must be at least 1: " + button);
        }
        if (directoryNumber.isBlank()) {
            throw new IllegalArgumentException("line " + button + " has no directory number");
        }
    }

    @Override
    public String toString() {
        return "SipLine[button=" + button + ", directoryNumber=" + directoryNumber + ", label=" + label
                + ", displayName=" + displayName + ", authName=" + authName + ", authPassword="
                + (authPassword.isEmpty() ? "" : "***") + "]";
    }
}
