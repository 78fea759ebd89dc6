package org.provgw.provider;

/**
 * A backend that could not answer: the database is down, the directory timed out, the disk
 * failed. It is not "file not found" (that is an empty {@code Optional}): endpoints answer it so
 * that the device retries (TFTP ERROR 0, HTTP 503) and the chain does not ask the next provider,
 * because that provider might answer with a wrong default.
 */
public class ProviderException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, safe to log (no credentials) */
    public ProviderException(String message) {
        super(message);
    }

    /**
     * @param message what failed, safe to log (no credentials)
     * @param cause the underlying failure
     */
    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
