package org.provgw.tftp.mina;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.ExpiringSessionRecycler;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.transport.socket.DatagramSessionConfig;
import org.apache.mina.transport.socket.nio.NioSession;
import org.apache.mina.transport.socket.nio.NioDatagramAcceptor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.tftp.server.DatagramSink;

/**
 * The listening ports, on one MINA {@link NioDatagramAcceptor}. It does no protocol work: each
 * datagram goes to a {@link DatagramSink}, then the per-client MINA session is closed, so that the
 * acceptor keeps no session per phone (replies go out from the transfer's own port).
 */
public final class TftpListener {

    private static final Logger LOG = LogManager.getLogger(TftpListener.class);
    /** RFC 2347 caps a request at 512 bytes; room for clients that exceed it a little. */
    private static final int READ_BUFFER = 2048;
    /** DefaultDatagramSessionConfig's "not configured" value: MINA leaves the socket option alone. */
    private static final int MINA_UNSET = -1;

    /** Our own executor: MINA's would interrupt its thread on dispose and log the interruption. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "provgw-tftp-listener");
        thread.setDaemon(true);
        return thread;
    });
    private final NioDatagramAcceptor acceptor = new NioDatagramAcceptor(executor);

    /**
     * @param sink where datagrams go
     * @param receiveBuffer the socket receive buffer in bytes for boot storms, 0 for the default
     */
    public TftpListener(DatagramSink sink, int receiveBuffer) {
        // Sessions are closed after each datagram; the short expiry is only a backstop (MINA's
        // default recycler keeps a session per peer for 60 s).
        acceptor.setSessionRecycler(new ExpiringSessionRecycler(10, 1));
        DatagramSessionConfig config = acceptor.getSessionConfig();
        config.setReadBufferSize(READ_BUFFER);
        if (receiveBuffer > 0) {
            config.setReceiveBufferSize(receiveBuffer);
        }
        acceptor.setHandler(new Handler(sink));
    }

    /**
     * Binds every address, or none. The bound addresses are reported with the configured host and
     * the real port: MINA reports an IPv4-compatible IPv6 address such as {@code ::1} as
     * {@code 0.0.0.1}.
     *
     * @param addresses the addresses to listen on
     * @return the bound addresses, with real ports
     * @throws IOException naming the address that could not be bound
     */
    public List<InetSocketAddress> bind(List<InetSocketAddress> addresses) throws IOException {
        List<InetSocketAddress> bound = new ArrayList<>();
        for (InetSocketAddress address : addresses) {
            Set<SocketAddress> before = new HashSet<>(acceptor.getLocalAddresses());
            try {
                acceptor.bind(address);
            } catch (IOException | RuntimeException e) {
                acceptor.unbind();
                throw new IOException("cannot listen on " + address + ": " + e.getMessage(), e);
            }
            for (SocketAddress added : acceptor.getLocalAddresses()) {
                if (!before.contains(added)) {
                    bound.add(new InetSocketAddress(address.getAddress(), ((InetSocketAddress) added).getPort()));
                }
            }
        }
        // The buffer size is applied to each listening socket when it is bound; MINA would set
        // it again on that socket for every new peer session (a system call per request).
        acceptor.getSessionConfig().setReceiveBufferSize(MINA_UNSET);
        return bound;
    }

    /** Unbinds and releases the acceptor's thread. Idempotent. */
    public void close() {
        acceptor.unbind();
        // dispose() hands the acceptor's loop its last turn on our executor; waiting for the loop
        // to end by itself avoids interrupting it (MINA would log the interruption).
        acceptor.dispose(false);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Handler extends IoHandlerAdapter {
        private final DatagramSink sink;

        Handler(DatagramSink sink) {
            this.sink = sink;
        }

        @Override
        public void messageReceived(IoSession session, Object message) {
            IoBuffer buffer = (IoBuffer) message;
            try {
                sink.onDatagram(buffer.buf(), (InetSocketAddress) session.getRemoteAddress(), localAddress(session));
            } finally {
                session.closeNow(); // one datagram, one session: the acceptor keeps none per phone
            }
        }

        /**
         * The listening socket's own address: MINA reports {@code ::1} as {@code 0.0.0.1} and
         * {@code [::]} as {@code 0.0.0.0} (it takes IPv4-compatible IPv6 addresses for IPv4), and
         * the transfer must answer from, and the allowlist must be chosen by, the real one.
         */
        private static InetSocketAddress localAddress(IoSession session) {
            if (session instanceof NioSession nio && nio.getChannel() instanceof DatagramChannel channel) {
                try {
                    if (channel.getLocalAddress() instanceof InetSocketAddress local) {
                        return local;
                    }
                } catch (IOException e) {
                    // closed under us: fall back to MINA's idea of it
                }
            }
            return (InetSocketAddress) session.getLocalAddress();
        }

        @Override
        public void exceptionCaught(IoSession session, Throwable cause) {
            LOG.debug("listener session {} failed: {}", session.getRemoteAddress(), cause.toString());
            session.closeNow();
        }
    }
}
