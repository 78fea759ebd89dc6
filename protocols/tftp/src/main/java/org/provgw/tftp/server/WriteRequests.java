package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Rewrite;
import org.provgw.protocol.ServingLimit;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.Protocol;
import org.provgw.provider.RequestPath;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;
import org.provgw.tftp.transfer.TransferLimits;
import org.provgw.tftp.transfer.WriteOptions;
import org.provgw.tftp.transfer.WriteTransfer;
import org.provgw.tftp.upload.PendingUpload;
import org.provgw.tftp.upload.UploadRefused;
import org.provgw.tftp.upload.Uploads;

/**
 * Turns a WRQ into an upload, or into the ERROR that refuses it. The slot is taken on the
 * listener's thread; the rewriting, the checks on the target and the creation of its temporary
 * file run on the look-up executor (they touch the disk); the transfer then runs on a loop.
 * Every way out releases the slot: a refusal here, or the end of the transfer.
 */
final class WriteRequests {

    private static final Logger LOG = LogManager.getLogger(WriteRequests.class);

    private final Optional<Uploads> uploads;
    private final NameRewriter rewriter;
    private final Executor executor;
    private final AccessLog accessLog;
    private final TransferEngine engine;
    private final TransferLimits limits;
    private final PendingRequests pending;

    WriteRequests(Optional<Uploads> uploads, NameRewriter rewriter, Executor executor, AccessLog accessLog,
                  TransferEngine engine, TransferLimits limits, ServingLimit limit) {
        this.uploads = uploads;
        this.rewriter = rewriter;
        this.executor = executor;
        this.accessLog = accessLog;
        this.engine = engine;
        this.limits = limits;
        this.pending = new PendingRequests(limit);
    }

    /** Called on the listener's thread. */
    void onWrite(WriteRequest wrq, InetSocketAddress client, InetSocketAddress local, long started) {
        if (uploads.isEmpty()) {
            refuse(local, client, wrq.filename(), TftpErrorCode.ACCESS_VIOLATION, "uploads are disabled",
                    Outcome.DENIED, started);
            return;
        }
        if (wrq.mode() == TransferMode.MAIL) {
            refuse(local, client, wrq.filename(), TftpErrorCode.ILLEGAL_OPERATION, "mail mode is not supported",
                    Outcome.BAD_REQUEST, started);
            return;
        }
        switch (pending.admit(client)) {
            case DUPLICATE:
                return;
            case BUSY:
                refuse(local, client, wrq.filename(), TftpErrorCode.NOT_DEFINED, RequestDispatcher.BUSY,
                        Outcome.BUSY, started);
                return;
            default:
                break;
        }
        try {
            executor.execute(() -> prepareGuarded(wrq, client, local, started));
        } catch (RejectedExecutionException e) {
            refusePending(local, client, wrq.filename(), TftpErrorCode.NOT_DEFINED, RequestDispatcher.BUSY,
                    Outcome.BUSY, started);
        }
    }

    /** A bug must not keep the slot, nor the client marked pending, which would ignore it from then on. */
    private void prepareGuarded(WriteRequest wrq, InetSocketAddress client, InetSocketAddress local, long started) {
        try {
            prepare(wrq, client, local, started);
        } catch (RuntimeException e) {
            LOG.error("receiving {} from {} failed", wrq.filename(), client, e);
            refusePending(local, client, wrq.filename(), TftpErrorCode.NOT_DEFINED, "internal error",
                    Outcome.SERVER_ERROR, started);
        }
    }

    private void prepare(WriteRequest wrq, InetSocketAddress client, InetSocketAddress local, long started) {
        Rewrite rewrite = rewriter.rewrite(wrq.filename(), Direction.WRITE, client, Protocol.TFTP);
        if (rewrite instanceof Rewrite.Denied denied) {
            refusePending(local, client, wrq.filename(), TftpErrorCode.ACCESS_VIOLATION, denied.message(),
                    Outcome.DENIED, started);
            return;
        }
        String name = ((Rewrite.Name) rewrite).name();
        String path;
        try {
            path = RequestPath.normalize(name);
        } catch (IllegalPathException e) {
            refusePending(local, client, name, TftpErrorCode.ACCESS_VIOLATION, e.getMessage(), Outcome.DENIED,
                    started);
            return;
        }
        WriteOptions options = WriteOptions.forWrite(wrq.options(), limits);
        PendingUpload upload;
        try {
            upload = uploads.orElseThrow().prepare(path, options.declaredSize());
        } catch (UploadRefused e) {
            refusePending(local, client, path, e.code(), e.getMessage(), e.outcome(), started);
            return;
        }
        start(wrq, upload, options, client, local, started);
    }

    private void start(WriteRequest wrq, PendingUpload upload, WriteOptions options, InetSocketAddress client,
                       InetSocketAddress local, long started) {
        String path = upload.target().requestPath();
        // Released before the hand-off, as for reads: the transfer can end before this thread
        // runs another line.
        ServingLimit.Slot slot = pending.take(client);
        long maxBytes = uploads.orElseThrow().config().maxBytes();
        boolean netascii = wrq.mode() == TransferMode.NETASCII;
        try {
            TransferTicket ticket = TransferTicket.releasing(path, "-", started, slot, accessLog);
            engine.start(client, local, () -> discard(upload), options.negotiated(), ticket,
                    site -> new WriteTransfer(client, new LoopUploadSink(upload, executor, site, slot), netascii,
                            options.negotiated(), maxBytes, limits, site, site.packetBuffer()));
        } catch (IOException | RuntimeException e) {
            upload.discard();
            slot.close();
            if (!(e instanceof PortsExhaustedException)) { // counted and logged at a rate limit by the engine
                LOG.warn("cannot start receiving {} from {}: {}", path, client, e.toString());
            }
            refuse(local, client, path, TftpErrorCode.NOT_DEFINED, RequestDispatcher.BUSY, Outcome.BUSY, started);
        }
    }

    /**
     * Deleting a large temporary file takes a while (about 300 ms for 1 GiB on ext4), so it is not
     * done on the loop that ends the transfer; inline only when the pool refuses work.
     */
    private void discard(PendingUpload upload) {
        if (!upload.isOpen()) {
            upload.discard(); // stored already (nothing to do), or being stored: the commit deletes it
            return;
        }
        try {
            executor.execute(upload::discard);
        } catch (RejectedExecutionException e) {
            upload.discard();
        }
    }

    private void refusePending(InetSocketAddress local, InetSocketAddress client, String file, TftpErrorCode code,
                               String message, Outcome outcome, long started) {
        pending.release(client);
        refuse(local, client, file, code, message, outcome, started);
    }

    private void refuse(InetSocketAddress local, InetSocketAddress client, String file, TftpErrorCode code,
                        String message, Outcome outcome, long started) {
        engine.refuse(local, client, TftpCodec.toBytes(new ErrorPacket(code, message)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        accessLog.record(new AccessRecord(Protocol.TFTP, client, file, "-", 0, 0, 0, millis, outcome,
                "put ERROR " + code.code() + " " + message));
    }
}
