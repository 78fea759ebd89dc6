package org.provgw.tftp.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.ServingLimit;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.transfer.UploadSink;
import org.provgw.tftp.transfer.WriteTransfer;
import org.provgw.tftp.upload.PendingUpload;
import org.provgw.tftp.upload.UploadRefused;

/**
 * Connects a {@link WriteTransfer} to its file. Blocks are written on the loop's thread: a write
 * into the page cache costs about a microsecond, less than receiving the datagram that carried
 * it (see {@code bench/UploadWrites.java}). The commit (fsync, rename, directory sync) takes
 * tens to hundreds of milliseconds, so it runs on the look-up pool (on the loop only when the
 * pool refuses it) and its result comes back to the loop as a posted event, on a transfer socket
 * of its own or on a shared single-port socket alike. The serving slot is given back with the
 * final ACK: a transfer that only dallies serves nobody, and a phone that uploads several files
 * one after another should not hold a slot per dally.
 */
final class LoopUploadSink implements UploadSink {

    private static final Logger LOG = LogManager.getLogger(LoopUploadSink.class);

    private final PendingUpload upload;
    private final Executor executor;
    private final TransferSite site;
    private final ServingLimit.Slot slot;

    /**
     * @param upload the temporary file
     * @param executor where the commit runs
     * @param site the transfer's loop, where the commit's result goes back to
     * @param slot the transfer's serving slot, given back with the final ACK
     */
    LoopUploadSink(PendingUpload upload, Executor executor, TransferSite site, ServingLimit.Slot slot) {
        this.upload = upload;
        this.executor = executor;
        this.site = site;
        this.slot = slot;
    }

    @Override
    public void write(ByteBuffer bytes) throws IOException {
        upload.write(bytes);
    }

    @Override
    public void commit() {
        try {
            executor.execute(() -> site.post(store()));
        } catch (RejectedExecutionException e) {
            // A saturated pool must not cost a complete upload: the loop stores it itself, and
            // waits for the disk this once.
            site.post(now -> store().accept(now));
        }
    }

    @Override
    public void completed() {
        slot.close(); // idempotent: the end of the transfer closes it again
    }

    /** Stores the upload; returns what to tell the transfer, on its loop. */
    private LongConsumer store() {
        try {
            String stored = upload.commit();
            String detail = stored.equals(upload.target().requestPath()) ? "" : " stored=" + stored;
            return now -> transfer().onCommitted(now, detail);
        } catch (UploadRefused e) {
            return now -> transfer().onCommitFailed(e.outcome(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("storing the upload {} failed", upload.target().file(), e);
            return now -> transfer().onCommitFailed(Outcome.SERVER_ERROR, TftpErrorCode.NOT_DEFINED, "internal error");
        }
    }

    private WriteTransfer transfer() {
        return (WriteTransfer) site.transfer();
    }
}
