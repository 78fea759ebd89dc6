package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Direction;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.protocol.ServingLimit;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;
import org.provgw.tftp.transfer.BlockSource;
import org.provgw.tftp.transfer.NegotiatedOptions;
import org.provgw.tftp.transfer.NetasciiSource;
import org.provgw.tftp.transfer.OctetSource;
import org.provgw.tftp.transfer.TransferLimits;

/**
 * Turns a datagram that arrived on a listening port into an answer: an ERROR from the listening
 * port, or a transfer on a port of its own. Decoding happens on the listener's thread; the
 * provider look-up, which may block, runs on the gateway's look-up executor. A read takes its
 * serving slot before the look-up and gives it back on every way out: a refusal here, or the end
 * of its transfer. Write requests go to {@link WriteRequests}.
 */
final class RequestDispatcher implements DatagramSink {

    private static final Logger LOG = LogManager.getLogger(RequestDispatcher.class);
    /** The answer when a serving cap or the look-up pool is full: ERROR 0, so the client retries. */
    static final String BUSY = "server busy, try again";

    private final FileResolver resolver;
    private final NameRewriter rewriter;
    private final Executor executor;
    private final AccessLog accessLog;
    private final TransferEngine engine;
    private final TransferLimits limits;
    /** Reads being looked up, with their slots; a retransmitted RRQ is not looked up twice. */
    private final PendingRequests inFlight;
    private final WriteRequests writes;

    RequestDispatcher(FileResolver resolver, NameRewriter rewriter, Executor executor, AccessLog accessLog,
                      TransferEngine engine, TransferLimits limits, ServingLimit limit, WriteRequests writes) {
        this.resolver = resolver;
        this.rewriter = rewriter;
        this.executor = executor;
        this.accessLog = accessLog;
        this.engine = engine;
        this.limits = limits;
        this.inFlight = new PendingRequests(limit);
        this.writes = writes;
    }

    /**
     * @param datagram the bytes received on the listening port
     * @param client who sent them
     * @param local the listening address they arrived on
     */
    @Override
    public void onDatagram(ByteBuffer datagram, InetSocketAddress client, InetSocketAddress local) {
        long started = System.nanoTime();
        TftpPacket packet;
        try {
            packet = TftpCodec.decode(datagram);
        } catch (TftpProtocolException e) {
            reject(local, client, "-", e.code(), e.getMessage(), Outcome.BAD_REQUEST, started);
            return;
        }
        if (packet instanceof ReadRequest rrq) {
            onRead(rrq, client, local, started);
        } else if (packet instanceof WriteRequest wrq) {
            writes.onWrite(wrq, client, local, started);
        } else if (!(packet instanceof ErrorPacket)) { // an ERROR is never answered: two confused peers would loop
            reject(local, client, "-", TftpErrorCode.ILLEGAL_OPERATION, "expected a read or write request",
                    Outcome.BAD_REQUEST, started);
        }
    }

    private void onRead(ReadRequest rrq, InetSocketAddress client, InetSocketAddress local,
                        long started) {
        if (rrq.mode() == TransferMode.MAIL) {
            reject(local, client, rrq.filename(), TftpErrorCode.ILLEGAL_OPERATION, "mail mode is not supported",
                    Outcome.BAD_REQUEST, started);
            return;
        }
        switch (inFlight.admit(client)) {
            case DUPLICATE:
                return;
            case BUSY:
                reject(local, client, rrq.filename(), TftpErrorCode.NOT_DEFINED, BUSY, Outcome.BUSY, started);
                return;
            default:
                break;
        }
        try {
            executor.execute(() -> serveGuarded(rrq, client, local, started));
        } catch (RejectedExecutionException e) {
            rejectRead(local, client, rrq.filename(), TftpErrorCode.NOT_DEFINED, BUSY, Outcome.BUSY, started);
        }
    }

    /** A bug must not keep the slot, nor the client marked in flight, which would ignore it from then on. */
    private void serveGuarded(ReadRequest rrq, InetSocketAddress client, InetSocketAddress local, long started) {
        try {
            serve(rrq, client, local, started);
        } catch (RuntimeException e) {
            LOG.error("serving {} to {} failed", rrq.filename(), client, e);
            rejectRead(local, client, rrq.filename(), TftpErrorCode.NOT_DEFINED, "internal error",
                    Outcome.SERVER_ERROR, started);
        }
    }

    private void serve(ReadRequest rrq, InetSocketAddress client, InetSocketAddress local,
                       long started) {
        Rewrite rewrite = rewriter.rewrite(rrq.filename(), Direction.READ, client, Protocol.TFTP);
        if (rewrite instanceof Rewrite.Denied denied) {
            rejectRead(local, client, rrq.filename(), TftpErrorCode.ACCESS_VIOLATION, denied.message(),
                    Outcome.DENIED, started);
            return;
        }
        String name = ((Rewrite.Name) rewrite).name();
        FileRequest request;
        try {
            request = FileRequest.of(name, client, Protocol.TFTP);
        } catch (IllegalPathException e) {
            rejectRead(local, client, name, TftpErrorCode.ACCESS_VIOLATION, e.getMessage(),
                    Outcome.DENIED, started);
            return;
        }
        Resolution resolution;
        try {
            resolution = resolver.resolve(request);
        } catch (RuntimeException e) {
            LOG.error("resolve({}) failed", request.path(), e);
            resolution = new Resolution.Unavailable("-", "internal error");
        }
        if (resolution instanceof Resolution.Found found) {
            startTransfer(rrq, request, found, local, started);
        } else if (resolution instanceof Resolution.Unavailable) {
            rejectRead(local, client, request.path(), TftpErrorCode.NOT_DEFINED,
                    "temporarily unavailable, try again", Outcome.UNAVAILABLE, started);
        } else {
            rejectRead(local, client, request.path(), TftpErrorCode.FILE_NOT_FOUND,
                    TftpErrorCode.FILE_NOT_FOUND.description(), Outcome.NOT_FOUND, started);
        }
    }

    private void startTransfer(ReadRequest rrq, FileRequest request, Resolution.Found found,
                               InetSocketAddress local, long started) {
        ProvidedFile file = found.file();
        InetSocketAddress client = request.client();
        // Released before the hand-off: the transfer can end, and the client ask again from the
        // same port, before this thread runs another line. A retransmitted RRQ that arrives now
        // starts a second transfer, which the client ends with ERROR 5, as with tftp-hpa.
        ServingLimit.Slot slot = inFlight.take(client);
        try {
            boolean octet = rrq.mode() == TransferMode.OCTET;
            BlockSource source = octet ? new OctetSource(file) : new NetasciiSource(file);
            long size = octet ? file.size() : -1;
            NegotiatedOptions options = NegotiatedOptions.forRead(rrq.options(), size, limits);
            TransferTicket ticket = TransferTicket.releasing(request.path(), found.provider(), started, slot,
                    accessLog);
            engine.startRead(client, local, file, source, size, options, ticket);
        } catch (IOException | RuntimeException e) {
            file.close();
            slot.close();
            if (!(e instanceof PortsExhaustedException)) { // counted and logged at a rate limit by the engine
                LOG.warn("cannot start a transfer of {} to {}: {}", request.path(), client, e.toString());
            }
            reject(local, client, request.path(), TftpErrorCode.NOT_DEFINED, BUSY, Outcome.BUSY, started);
        }
    }

    private void rejectRead(InetSocketAddress local, InetSocketAddress client, String file, TftpErrorCode code,
                            String message, Outcome outcome, long started) {
        inFlight.release(client);
        reject(local, client, file, code, message, outcome, started);
    }

    private void reject(InetSocketAddress local, InetSocketAddress client, String file, TftpErrorCode code,
                        String message, Outcome outcome, long started) {
        engine.refuse(local, client, TftpCodec.toBytes(new ErrorPacket(code, message)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        accessLog.record(new AccessRecord(Protocol.TFTP, client, file, "-", 0, 0, 0, millis, outcome,
                "ERROR " + code.code() + " " + message));
    }
}
