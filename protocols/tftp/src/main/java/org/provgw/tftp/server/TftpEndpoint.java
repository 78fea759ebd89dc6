package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ServingLimit;
import org.provgw.tftp.mina.TftpListener;
import org.provgw.tftp.upload.StaleUploads;
import org.provgw.tftp.upload.UploadConfig;
import org.provgw.tftp.upload.Uploads;

/** The TFTP endpoint: listeners on MINA, transfers on the engine's loops. */
public final class TftpEndpoint implements Endpoint {

    private static final Logger LOG = LogManager.getLogger(TftpEndpoint.class);

    private final TftpConfig config;
    private final ServingConfig serving;
    private final ServingLimit limit;
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
        this(config, new ServingConfig(ServingConfig.DEFAULT_MAX_TRANSFERS, ServingLimit.UNLIMITED,
                Optional.empty()), context);
    }

    /**
     * @param config the validated settings
     * @param serving the serving caps and the upload settings
     * @param context the provider chain, executor and access log
     */
    public TftpEndpoint(TftpConfig config, ServingConfig serving, EndpointContext context) {
        this.config = config;
        this.serving = serving;
        this.limit = serving.newLimit();
        this.context = context;
    }

    @Override
    public synchronized void start() throws IOException {
        if (engine != null || stopped) {
            throw new IllegalStateException("a TFTP endpoint starts once");
        }
        engine = new TransferEngine(config.ioThreads(), config.limits());
        Optional<Uploads> uploads = serving.uploads().map(Uploads::new);
        serving.uploads().ifPresent(StaleUploads::sweep);
        WriteRequests writes = new WriteRequests(uploads, context.rewriter(), context.blockingExecutor(),
                context.accessLog(), engine, config.limits(), limit);
        RequestDispatcher dispatcher = new RequestDispatcher(context.resolver(), context.rewriter(),
                context.blockingExecutor(), context.accessLog(), engine, config.limits(), limit, writes);
        listener = new TftpListener(dispatcher, config.socketBuffer());
        engine.start();
        try {
            bound = List.copyOf(listener.bind(config.listen()));
        } catch (IOException e) {
            stop();
            throw e;
        }
        LOG.debug("tftp bound {}", bound);
        serving.uploads().ifPresent(TftpEndpoint::logUploads);
    }

    /**
     * @return the serving limit's counters now: the slots held (transfers running and requests
     *     being looked up), granted and refused
     */
    public ServingStats servingStats() {
        return ServingStats.of(limit);
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
            logServed();
        }
    }

    private static void logUploads(UploadConfig uploads) {
        LOG.info("tftp uploads into {} (allow {}, create={}, overwrite={}, permissive={}, umask={}, max-size={})",
                uploads.root(), uploads.allow(), uploads.create(),
                uploads.overwrite().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                uploads.permissive(), String.format("%03o", uploads.umask()),
                uploads.maxSize() == 0 ? "unlimited" : uploads.maxSize());
    }

    /** Requests still being looked up at this point finish on the look-up pool and release their slot there. */
    private void logServed() {
        ServingStats stats = servingStats();
        LOG.info("tftp stopped: {} transfers admitted, {} refused as busy ({} over tftp.max-transfers = {}, "
                        + "{} over tftp.max-transfers-per-client = {}), {} slot(s) still held by look-ups",
                stats.granted(), stats.refusedTotal() + stats.refusedPerClient(), stats.refusedTotal(),
                limit.maxTotal(), stats.refusedPerClient(), limit.maxPerClient(), stats.inUse());
    }
}
