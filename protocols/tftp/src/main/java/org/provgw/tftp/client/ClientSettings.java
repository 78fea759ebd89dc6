package org.provgw.tftp.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client runs each transfer.
 *
 * @param options the options asked for in every request
 * @param retransmitTimeout how long to wait for the server before retransmitting (the RRQ while
 *     nothing came back, else the ACK of the last in-order block); at least 1 ms
 * @param retries how many retransmissions in a row without progress before the transfer is
 *     given up as timed out; 0 gives up at the first timeout
 */
public record ClientSettings(RequestOptions options, Duration retransmitTimeout, int retries) {

    /** Plain RFC 1350 requests, 1 s timeout, 5 retries. */
    public static final ClientSettings DEFAULT = new ClientSettings(RequestOptions.NONE, Duration.ofSeconds(1), 5);

    /** @throws IllegalArgumentException if the timeout is under 1 ms or retries is negative */
    public ClientSettings {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(retransmitTimeout, "retransmitTimeout");
        if (retransmitTimeout.compareTo(Duration.ofMillis(1)) < 0 || retransmitTimeout.toSeconds() > 3600) {
            throw new IllegalArgumentException("retransmit timeout must be 1 ms to 1 h, was " + retransmitTimeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, was " + retries);
        }
    }

    /**
     * @param newOptions the options to ask for
     * @return these settings with other options
     */
    public ClientSettings withOptions(RequestOptions newOptions) {
        return new ClientSettings(newOptions, retransmitTimeout, retries);
    }
}
