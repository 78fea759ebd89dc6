package org.provgw.http.semantics;

/**
 * A request target that cannot name a file: answered 400 with the message. No stack trace: it is
 * bad input, not a program error.
 */
public final class BadTarget extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason a short, client-safe explanation */
    public BadTarget(String reason) {
        super(reason, null, false, false);
    }
}
