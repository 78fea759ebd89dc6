package org.provgw.gateway;

/**
 * A start-up failure that is not a configuration mistake: an address that cannot be bound, a
 * backend that cannot be reached, a plugin that failed unexpectedly. The message names the
 * component ({@code tftp: cannot bind 0.0.0.0:69: Permission denied}). The command line exits with
 * status 1 on it.
 */
public class GatewayException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, naming the component
     * @param cause the underlying failure, or {@code null}
     */
    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
