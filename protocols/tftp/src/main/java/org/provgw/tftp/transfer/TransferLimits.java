package org.provgw.tftp.transfer;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.provgw.tftp.packet.TftpOptions;

/**
 * The server's bounds on what a client may negotiate, and its retransmission policy.
 *
 * @param maxBlksize the largest blksize granted (a larger request is lowered to it)
 * @param maxWindowsize the largest windowsize granted
 * @param timeout the initial retransmission timeout when the client negotiates none
 * @param maxTimeout the cap of the exponential backoff
 * @param retries retransmissions of the same packet before the transfer is abandoned
 * @param refusedOptions option names (lowercase) never acknowledged, whatever the client asks
 *     (tftpd-hpa's {@code --refuse})
 */
public record TransferLimits(int maxBlksize, int maxWindowsize, Duration timeout, Duration maxTimeout,
                             int retries, Set<String> refusedOptions) {

    /** The defaults: tftp-hpa's 1 s timeout, backoff to 8 s, 5 retries. */
    public static final TransferLimits DEFAULT = new TransferLimits(TftpOptions.MAX_BLKSIZE, 64,
            Duration.ofSeconds(1), Duration.ofSeconds(8), 5);

    /** @throws IllegalArgumentException if a bound is outside what the RFCs allow */
    public TransferLimits {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxTimeout, "maxTimeout");
        if (maxBlksize < TftpOptions.MIN_BLKSIZE || maxBlksize > TftpOptions.MAX_BLKSIZE) {
            throw new IllegalArgumentException("maxBlksize out of range: " + maxBlksize);
        }
        if (maxWindowsize < 1 || maxWindowsize > 65535) {
            throw new IllegalArgumentException("maxWindowsize out of range: " + maxWindowsize);
        }
        if (timeout.isNegative() || timeout.isZero() || maxTimeout.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("timeouts must satisfy 0 < timeout <= maxTimeout");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("negative retries");
        }
        refusedOptions = Set.copyOf(refusedOptions);
    }

    /** Limits that refuse no option. */
    public TransferLimits(int maxBlksize, int maxWindowsize, Duration timeout, Duration maxTimeout, int retries) {
        this(maxBlksize, maxWindowsize, timeout, maxTimeout, retries, Set.of());
    }

    /**
     * @param options option names to refuse, lowercase
     * @return these limits refusing those options instead
     */
    public TransferLimits refusing(Set<String> options) {
        return new TransferLimits(maxBlksize, maxWindowsize, timeout, maxTimeout, retries, options);
    }
}
