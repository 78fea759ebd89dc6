package org.provgw.http.tls;

/** Key or certificate files that cannot be used; the message says why, for a configuration error. */
public final class KeyMaterialException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file */
    public KeyMaterialException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file
     * @param cause the underlying failure
     */
    public KeyMaterialException(String message, Throwable cause) {
        super(message, cause);
    }
}
