package org.provgw.tftp.server;

import java.util.function.Consumer;
import org.provgw.protocol.AccessRecord;

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

    void finished(AccessRecord record) {
        onFinish.accept(record);
    }
}
