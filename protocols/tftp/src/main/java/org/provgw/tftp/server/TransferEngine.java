package org.provgw.tftp.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicInteger;
import org.provgw.provider.ProvidedFile;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.transfer.BlockSource;
import org.provgw.tftp.transfer.NegotiatedOptions;
import org.provgw.tftp.transfer.ReadTransfer;
import org.provgw.tftp.transfer.Transfer;
import org.provgw.tftp.transfer.TransferLimits;

/**
 * Runs transfers on a fixed set of {@link TransferLoop}s, each transfer on a socket of its own
 * (its TID), bound to the address the request arrived on and an ephemeral port: a socket left by
 * an ended transfer when the loop has one, else a new one.
 */
final class TransferEngine {

    /** Below this a window fits any socket's default send buffer; no need to ask the kernel. */
    private static final int SMALL_WINDOW = 64 * 1024;

    private final TransferLoop[] loops;
    private final TransferLimits limits;
    private final AtomicInteger next = new AtomicInteger();

    TransferEngine(int threads, TransferLimits limits) {
        this.limits = limits;
        this.loops = new TransferLoop[threads];
        for (int i = 0; i < threads; i++) {
            loops[i] = new TransferLoop("provgw-tftp-io-" + i);
        }
    }

    void start() {
        for (TransferLoop loop : loops) {
            loop.start();
        }
    }

    void stop() {
        for (TransferLoop loop : loops) {
            loop.stop();
        }
    }

    /**
     * Starts a read transfer. Called on a look-up thread.
     *
     * @param client the client's TID
     * @param local the address the request arrived on (the transfer answers from the same one)
     * @param file the file; closed by the session when the transfer ends
     * @param source the file cut into blocks
     * @param size the size for the state machine, -1 when not known up front
     * @param options the negotiated options
     * @param ticket access-log names and the end callback
     * @throws IOException if no socket can be opened, or the engine is stopping; the caller
     *     still owns {@code file} then
     */
    void start(InetSocketAddress client, InetAddress local, ProvidedFile file, BlockSource source, long size,
               NegotiatedOptions options, TransferTicket ticket) throws IOException {
        start(client, local, file::close, options, ticket, (session, loop) ->
                new ReadTransfer(client, source, size, options, limits, session, loop.packetBuffer()));
    }

    /** Builds a transfer's state machine once its socket (its port) and its loop are chosen. */
    @FunctionalInterface
    interface TransferFactory {
        Transfer create(TransferSession session, TransferLoop loop) throws IOException;
    }

    /**
     * Opens the transfer's socket and hands the transfer to a loop. Called on a look-up thread.
     *
     * @param client the client's TID
     * @param local the address the request arrived on (the transfer answers from the same one)
     * @param release run by the session when the transfer ends
     * @param options the negotiated options
     * @param ticket access-log names and the end callback
     * @param factory builds the state machine
     * @throws IOException if no socket can be opened, or the engine is stopping; the caller
     *     still owns what {@code release} releases then
     */
    void start(InetSocketAddress client, InetAddress local, Runnable release, NegotiatedOptions options,
               TransferTicket ticket, TransferFactory factory) throws IOException {
        TransferLoop loop = loops[Math.floorMod(next.getAndIncrement(), loops.length)];
        boolean v6 = client.getAddress() instanceof Inet6Address;
        InetAddress bindTo = ErrorReplies.sameFamily(local, v6);
        IdleSockets.Idle idle = loop.idleSockets().take(bindTo, v6, client, System.nanoTime());
        DatagramChannel channel = idle != null ? idle.channel() : open(bindTo, v6);
        TransferSession session = new TransferSession(channel, idle == null ? null : idle.key(), bindTo, release,
                ticket);
        try {
            sizeSendBuffer(channel, options);
            session.attach(factory.create(session, loop));
            if (!loop.submit(session)) {
                throw new IOException("server shutting down");
            }
        } catch (IOException | RuntimeException e) {
            if (idle != null) {
                idle.key().cancel();
            }
            channel.close();
            throw e;
        }
    }

    private static DatagramChannel open(InetAddress bindTo, boolean v6) throws IOException {
        DatagramChannel channel = DatagramChannel.open(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            channel.bind(new InetSocketAddress(bindTo, 0));
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * A whole window is written in one go: the send buffer must hold it or the tail is dropped
     * locally and every window needs a retransmission.
     */
    private static void sizeSendBuffer(DatagramChannel channel, NegotiatedOptions options) throws IOException {
        int windowBytes = options.windowsize() * (options.blksize() + Wire.HEADER + 64);
        if (windowBytes > SMALL_WINDOW && windowBytes > channel.getOption(StandardSocketOptions.SO_SNDBUF)) {
            channel.setOption(StandardSocketOptions.SO_SNDBUF, Math.min(windowBytes * 2, 16 << 20));
        }
    }
}
