package org.provgw.protocol;

/**
 * How a transfer or request ended, as the access log and the counters record it.
 */
public enum Outcome {
    /** Every byte was sent and acknowledged (TFTP) or written (HTTP). */
    COMPLETED,
    /** No provider had the file. */
    NOT_FOUND,
    /** The name was refused (illegal path, uploads disabled, denied by a rule). */
    DENIED,
    /** A provider could not answer; the client was told to retry. */
    UNAVAILABLE,
    /** The request itself was malformed or asked for something unsupported. */
    BAD_REQUEST,
    /** The client stopped answering and the server gave up after its retries. */
    TIMEOUT,
    /** The client ended the transfer (a TFTP ERROR from it, a closed connection). */
    CLIENT_ABORTED,
    /** Reading the file failed mid-transfer. */
    SERVER_ERROR,
    /** The server was at its serving limit. */
    BUSY,
    /** The server shut down while the transfer ran. */
    SHUTDOWN
}
