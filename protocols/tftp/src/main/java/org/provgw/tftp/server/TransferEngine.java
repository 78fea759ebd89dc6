package org.provgw.tftp.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.List;
import org.provgw.provider.ProvidedFile;
import org.provgw.tftp.codec.Wire;
import org.provgw.tftp.transfer.BlockSource;
import org.provgw.tftp.transfer.NegotiatedOptions;
import org.provgw.tftp.transfer.ReadTransfer;
import org.provgw.tftp.transfer.Transfer;
import org.provgw.tftp.transfer.TransferLimits;

/**
 * Runs transfers on a fixed set of {@link TransferLoop}s, each transfer on a socket of its own
 * (its TID), bound to the address the request arrived on and an ephemeral port or one of
 * {@code tftp.port-range}: a socket left by an ended transfer when a loop has one, else a new
 * one ({@link TransferSockets}). Requests that arrived on a single-port socket are handed to
 * {@link SharedPorts} instead, and so are their refusals.
 */
final class TransferEngine {

    /** Below this a window fits any socket's default buffers; no need to ask the kernel. */
    private static final int SMALL_WINDOW = 64 * 1024;

    private final TransferLoop[] loops;
    private final TransferLimits limits;
    private final TransferSockets sockets;
    private final ErrorReplies refusals;
    private final SharedPorts sharedPorts;
    private final TftpCounters counters;

    /**
     * @param threads transfer I/O threads
     * @param limits negotiation bounds and retransmission policy
     * @param ports where transfer and refusal sockets get their ports
     * @param counters where dropped refusals are counted
     * @param sharedPorts the single-port sockets, which run their transfers themselves
     */
    TransferEngine(int threads, TransferLimits limits, PortAllocator ports, TftpCounters counters,
                   SharedPorts sharedPorts) {
        this.limits = limits;
        this.loops = new TransferLoop[threads];
        for (int i = 0; i < threads; i++) {
            loops[i] = new TransferLoop("provgw-tftp-io-" + i);
        }
        this.sockets = new TransferSockets(loops, ports);
        this.refusals = new ErrorReplies(ports, counters);
        this.sharedPorts = sharedPorts;
        this.counters = counters;
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
     * @param local the listening address the request arrived on (the transfer answers from the
     *     same IP address, or from that very socket in single-port mode)
     * @param file the file; closed when the transfer ends
     * @param source the file cut into blocks
     * @param size the size for the state machine, -1 when not known up front
     * @param options the negotiated options
     * @param ticket access-log names and the end callback
     * @throws PortsExhaustedException if every port of the range is in use
     * @throws IOException if no socket can be opened, or the engine is stopping; the caller
     *     still owns {@code file} then
     */
    void startRead(InetSocketAddress client, InetSocketAddress local, ProvidedFile file, BlockSource source,
                   long size, NegotiatedOptions options, TransferTicket ticket) throws IOException {
        start(client, local, file::close, options, ticket, site ->
                new ReadTransfer(client, source, size, options, limits, site, site.packetBuffer()));
    }

    /** Builds a transfer's state machine once its socket (its port) and its loop are chosen. */
    @FunctionalInterface
    interface TransferFactory {
        Transfer create(TransferSite site);
    }

    /**
     * Starts a transfer, a read or an upload: on a socket of its own (a port of the range, if one
     * is set) handed to a loop, or on the listening socket itself in single-port mode. Called on
     * a look-up thread.
     *
     * @param client the client's TID
     * @param local the listening address the request arrived on (the transfer answers from the
     *     same IP address, or from that very socket in single-port mode)
     * @param release run once when the transfer ends
     * @param options the negotiated options
     * @param ticket access-log names and the end callback
     * @param factory builds the state machine
     * @throws PortsExhaustedException if every port of the range is in use
     * @throws IOException if no socket can be opened, or the engine is stopping; the caller
     *     still owns what {@code release} releases then
     */
    void start(InetSocketAddress client, InetSocketAddress local, Runnable release, NegotiatedOptions options,
               TransferTicket ticket, TransferFactory factory) throws IOException {
        if (sharedPorts.owns(local)) {
            sharedPorts.start(local, release, ticket, factory);
            return;
        }
        boolean v6 = client.getAddress() instanceof Inet6Address;
        InetAddress bindTo = ErrorReplies.sameFamily(local.getAddress(), v6);
        TransferSockets.Lease lease;
        try {
            lease = sockets.acquire(bindTo, v6, client);
        } catch (PortsExhaustedException e) {
            counters.rangeFull(client);
            throw e;
        }
        DatagramChannel channel = lease.channel();
        TransferSession session = new TransferSession(lease.loop(), channel, lease.key(), bindTo, release, ticket);
        try {
            fitWindow(channel, options);
            session.attach(factory.create(session));
            if (!lease.loop().submit(session)) {
                throw new IOException("server shutting down");
            }
        } catch (IOException | RuntimeException e) {
            if (lease.key() != null) {
                lease.key().cancel();
            }
            channel.close();
            throw e;
        }
    }

    /**
     * Sends the ERROR that refuses a request: from a fresh port (of the range, if one is set),
     * or from the listening socket itself in single-port mode. Called on any thread.
     *
     * @param local the listening address the request arrived on
     * @param client who sent it
     * @param datagram the ERROR packet
     */
    void refuse(InetSocketAddress local, InetSocketAddress client, byte[] datagram) {
        if (sharedPorts.owns(local)) {
            sharedPorts.refuse(local, client, datagram);
        } else {
            refusals.send(local.getAddress(), client, datagram);
        }
    }

    /**
     * A whole window goes out (a read) or comes in (an upload) in one burst: the socket's buffers
     * must hold it, or the kernel drops its tail and every window needs a retransmission. Both
     * buffers are checked, whichever way the window flows; the kernel only accounts for what is
     * queued.
     */
    private static void fitWindow(DatagramChannel channel, NegotiatedOptions options) throws IOException {
        int windowBytes = options.windowsize() * (options.blksize() + Wire.HEADER + 64);
        if (windowBytes <= SMALL_WINDOW) {
            return;
        }
        for (SocketOption<Integer> buffer : List.of(StandardSocketOptions.SO_SNDBUF, StandardSocketOptions.SO_RCVBUF)) {
            if (windowBytes > channel.getOption(buffer)) {
                channel.setOption(buffer, Math.min(windowBytes * 2, 16 << 20));
            }
        }
    }
}
