package org.provgw.tftp.server;

import java.util.function.Consumer;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.ServingLimit;
import org.provgw.provider.Protocol;
import org.provgw.tftp.transfer.Transfer;
import org.provgw.tftp.transfer.TransferResult;

/**
 * What a transfer carries from the request to its end: the names for the access log, when the
 * request arrived, and who to tell when it ends.
 *
 * @param path the normalized path served
 * @param provider the provider that answered
 * @param startedNanos when the request arrived, {@link System#nanoTime()} scale
 * @param onFinish called once with the access record when the transfer ends
 */
record TransferTicket(String path, String provider, long startedNanos, Consumer<AccessRecord> onFinish) {

    /**
     * A ticket that gives the transfer's serving slot back, then logs the transfer: released
     * first, so that whoever sees the access line sees the slot free.
     */
    static TransferTicket releasing(String path, String provider, long startedNanos, ServingLimit.Slot slot,
                                    AccessLog accessLog) {
        return new TransferTicket(path, provider, startedNanos, record -> {
            slot.close();
            accessLog.record(record);
        });
    }

    /** Reports a finished transfer: its result, and the time from the request to {@code now}. */
    void finished(Transfer transfer, long now) {
        TransferResult result = transfer.result();
        onFinish.accept(new AccessRecord(Protocol.TFTP, transfer.peer(), path, provider, result.bytes(),
                result.blocks(), result.retransmits(), (now - startedNanos) / 1_000_000, result.outcome(),
                result.detail()));
    }
}
