package org.provgw.tftp.transfer;

import java.util.Objects;
import org.provgw.protocol.Outcome;

/**
 * How a transfer ended, with its counters for the access log.
 *
 * @param outcome how it ended
 * @param bytes payload bytes of distinct blocks sent
 * @param blocks distinct blocks sent
 * @param retransmits packets sent again (timeouts and window go-backs)
 * @param detail negotiated options, or the error text
 */
public record TransferResult(Outcome outcome, long bytes, long blocks, long retransmits, String detail) {

    public TransferResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
    }
}
