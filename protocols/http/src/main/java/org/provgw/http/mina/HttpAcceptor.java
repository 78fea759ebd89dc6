package org.provgw.http.mina;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.mina.core.service.SimpleIoProcessorPool;
import org.apache.mina.transport.socket.SocketSessionConfig;
import org.apache.mina.transport.socket.nio.NioProcessor;
import org.apache.mina.transport.socket.nio.NioSession;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;
import org.provgw.protocol.ServingLimit;

/**
 * The listening sockets of one HTTP or HTTPS listener on a MINA {@link NioSocketAcceptor}: one
 * acceptor thread, {@code ioThreads} I/O threads, and the filter chain
 * {@code gate → [lock → tls] → handler}. It does no HTTP work itself.
 */
public final class HttpAcceptor {

    private static final int BACKLOG = 1024;
    /**
     * MINA sends at most 1.5 times this per session and I/O pass: with its default, 64 KiB, a
     * 32 MiB file took 350 passes (a wake-up each) and twice nginx's CPU. A read grows its buffer
     * towards it only while a client sends faster than it is parsed, which HTTP requests do not.
     */
    private static final int MAX_READ_BUFFER = 256 * 1024;

    private final String name;
    private final ExecutorService acceptorThread;
    private final ExecutorService ioThreads;
    private final SimpleIoProcessorPool<NioSession> processors;
    private final NioSocketAcceptor acceptor;
    private final ConnectionRegistry registry;
    private final ServingLimit connectionLimit;

    /**
     * @param name the listener's name ({@code http}, {@code https}), for threads and logs
     * @param ioThreads the number of I/O threads
     * @param tls the TLS setup of an HTTPS listener, empty for plain HTTP
     * @param connectionLimit open connections allowed, overall and per client address
     * @param sendTimeout how long a client may read nothing of a pending response
     * @param zeroCopy whether files may be sent with {@code sendfile} (plain HTTP only)
     * @param connections creates the connection of each accepted session
     */
    public HttpAcceptor(String name, int ioThreads, Optional<TlsSetup> tls, ServingLimit connectionLimit,
                        Duration sendTimeout, boolean zeroCopy, ConnectionFactory connections) {
        this.name = name;
        this.connectionLimit = connectionLimit;
        this.acceptorThread = Executors.newSingleThreadExecutor(threads("provgw-" + name + "-acceptor"));
        this.ioThreads = Executors.newFixedThreadPool(ioThreads, threads("provgw-" + name + "-io-"));
        this.processors = new SimpleIoProcessorPool<>(NioProcessor.class, this.ioThreads, ioThreads, null);
        this.acceptor = new NioSocketAcceptor(acceptorThread, processors);
        this.registry = new ConnectionRegistry(name);
        acceptor.setReuseAddress(true);
        acceptor.setBacklog(BACKLOG);
        SocketSessionConfig config = acceptor.getSessionConfig();
        config.setTcpNoDelay(true);
        config.setMaxReadBufferSize(MAX_READ_BUFFER);
        config.setWriteTimeout((int) Math.max(1, sendTimeout.toSeconds()));
        acceptor.getFilterChain().addLast("gate", new ConnectionGate(connectionLimit, new RefusalWarnings(name)));
        tls.ifPresent(setup -> {
            acceptor.getFilterChain().addLast("lock", new SessionLock(HttpSessionHandler.CONNECTION));
            acceptor.getFilterChain().addLast(TlsChain.NAME, TlsChain.filter(setup.context(), setup.protocols()));
        });
        boolean secure = tls.isPresent();
        acceptor.setHandler(new HttpSessionHandler(connections,
                session -> new MinaTransport(session, secure, zeroCopy), registry));
    }

    /**
     * Binds every address, or none, and starts the deadline timer.
     *
     * @param addresses where to listen
     * @return the bound addresses, with the configured host and the real port
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
        registry.start();
        return bound;
    }

    /** @return the connections open now */
    public int openConnections() {
        return registry.size();
    }

    /** @return the connection caps and their counters (refusals included) */
    public ServingLimit connectionLimit() {
        return connectionLimit;
    }

    /**
     * Stops listening, ends every open connection (their unfinished responses are logged as
     * {@code shutdown}) and releases the threads. Idempotent.
     */
    public void close() {
        registry.shutdown(); // first: unbinding closes the sessions, and they must log "shutdown"
        acceptor.unbind();
        acceptor.dispose(true);
        processors.dispose();
        acceptorThread.shutdown();
        ioThreads.shutdown();
        await(acceptorThread);
        await(ioThreads);
    }

    private static void await(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "HttpAcceptor[" + name + "]";
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger next = new AtomicInteger(1);
        return runnable -> {
            Thread thread = new Thread(runnable, prefix.endsWith("-") ? prefix + next.getAndIncrement() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }
}
