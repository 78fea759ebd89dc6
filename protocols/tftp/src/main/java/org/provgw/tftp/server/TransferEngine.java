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
import org.provgw.tftp.transfer.TransferLimits;

/**
 * Runs transfers on a fixed set of {@link TransferLoop}s, each transfer on a fresh socket bound
 * to the address the request arrived on and an ephemeral port (its TID).
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
     * Opens the transfer's socket and hands the transfer to a loop. Called on a look-up thread.
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
        DatagramChannel channel = open(client, local, options);
        TransferSession session = new TransferSession(channel, file, ticket);
        TransferLoop loop = loops[Math.floorMod(next.getAndIncrement(), loops.length)];
        session.attach(new ReadTransfer(client, source, size, options, limits, session, loop.packetBuffer()));
        if (!loop.submit(session)) {
            channel.close();
            throw new IOException("server shutting down");
        }
    }

    private static DatagramChannel open(InetSocketAddress client, InetAddress local, NegotiatedOptions options)
            throws IOException {
        boolean v6 = client.getAddress() instanceof Inet6Address;
        DatagramChannel channel = DatagramChannel.open(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        try {
            InetAddress bindTo = (local instanceof Inet6Address) == v6 ? local : null;
            channel.bind(new InetSocketAddress(bindTo, 0));
            channel.configureBlocking(false);
            // A whole window is written in one go: the send buffer must hold it or the tail is
            // dropped locally and every window needs a retransmission.
            int windowBytes = options.windowsize() * (options.blksize() + Wire.HEADER + 64);
            if (windowBytes > SMALL_WINDOW && windowBytes > channel.getOption(StandardSocketOptions.SO_SNDBUF)) {
                channel.setOption(StandardSocketOptions.SO_SNDBUF, Math.min(windowBytes * 2, 16 << 20));
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
