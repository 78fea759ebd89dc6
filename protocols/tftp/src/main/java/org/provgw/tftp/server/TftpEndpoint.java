package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.tftp.mina.TftpListener;

/** The TFTP endpoint: listeners on MINA, transfers on the engine's loops. */
public final class TftpEndpoint implements Endpoint {

    private static final Logger LOG = LogManager.getLogger(TftpEndpoint.class);

    private final TftpConfig config;
    private final EndpointContext context;
    private TransferEngine engine;
    private TftpListener listener;
    private volatile List<InetSocketAddress> bound = List.of();
    private boolean stopped;

    /**
     * @param config the validated settings
     * @param context the provider chain, executor and access log
     */
    public TftpEndpoint(TftpConfig config, EndpointContext context) {
        this.config = config;
        this.context = context;
    }

    @Override
    public synchronized void start() throws IOException {
        if (engine != null || stopped) {
            throw new IllegalStateException("a TFTP endpoint starts once");
        }
        engine = new TransferEngine(config.ioThreads(), config.limits());
        RequestDispatcher dispatcher = new RequestDispatcher(context.resolver(), context.rewriter(),
                context.blockingExecutor(), context.accessLog(), engine, config.limits());
        listener = new TftpListener(dispatcher, config.socketBuffer());
        engine.start();
        try {
            bound = List.copyOf(listener.bind(config.listen()));
        } catch (IOException e) {
            stop();
            throw e;
        }
        LOG.debug("tftp bound {}", bound);
    }

    @Override
    public List<InetSocketAddress> boundAddresses() {
        return bound;
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        bound = List.of();
        if (listener != null) {
            listener.close();
        }
        if (engine != null) {
            engine.stop();
        }
    }
}
