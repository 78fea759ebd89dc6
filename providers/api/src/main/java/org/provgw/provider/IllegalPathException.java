package org.provgw.provider;

/**
 * A requested name that can never denote a servable file: empty, too long, holding a control
 * character, or climbing out of the served tree with {@code ..}. Endpoints answer it as an access
 * violation (TFTP ERROR 2, HTTP 400), never as "not found".
 */
public class IllegalPathException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String rawName;

    /**
     * @param rawName the name as the client sent it (may be {@code null})
     * @param reason a short, client-safe explanation
     */
    public IllegalPathException(String rawName, String reason) {
        super(reason);
        this.rawName = rawName;
    }

    /** @return the name as the client sent it, possibly {@code null} */
    public String rawName() {
        return rawName;
    }
}
