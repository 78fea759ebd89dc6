package org.provgw.cisco.model;

/** {@code deviceSecurityMode} of a phone configuration; the code is the value written to the file. */
public enum SecurityMode {
    NON_SECURE(1),
    AUTHENTICATED(2),
    ENCRYPTED(3);

    private final int code;

    SecurityMode(int code) {
        this.code = code;
    }

    /** @return the number CallManager writes in {@code deviceSecurityMode} */
    public int code() {
        return code;
    }
}
