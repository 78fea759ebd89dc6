package org.provgw.tftp.client;

import java.util.Objects;

/**
 * What one client transfer achieved.
 *
 * @param filename the requested name
 * @param outcome how it ended
 * @param bytes payload bytes received in order
 * @param blocks DATA blocks received in order
 * @param retransmits RRQs and ACKs sent again after a timeout
 * @param latencyNanos from sending the first RRQ to receiving the last block; for a failed
 *     transfer, to the moment it failed
 * @param reportedSize the transfer size from the server's OACK ({@code tsize}), or -1
 */
public record TransferResult(String filename, TransferOutcome outcome, long bytes, long blocks, int retransmits,
        long latencyNanos, long reportedSize) {

    public TransferResult {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return true when the transfer completed (and verified, if asked) */
    public boolean ok() {
        return outcome instanceof TransferOutcome.Ok;
    }
}
