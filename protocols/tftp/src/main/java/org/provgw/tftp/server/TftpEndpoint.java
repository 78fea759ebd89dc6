package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.ServingLimit;
import org.provgw.tftp.mina.TftpListener;
import org.provgw.tftp.transfer.TransferLimits;
import org.provgw.tftp.upload.StaleUploads;
import org.provgw.tftp.upload.UploadConfig;
import org.provgw.tftp.upload.Uploads;

/**
 * The TFTP endpoint: listeners on MINA, transfers on the engine's loops; in single-port mode,
 * and for the socket systemd or inetd hands over, listeners of our own ({@link SharedPorts}).
 */
public final class TftpEndpoint implements Endpoint {

    private static final Logger LOG = LogManager.getLogger(TftpEndpoint.class);

    private final TftpConfig config;
    private final NetworkConfig network;
    private final ServingConfig serving;
    private final ServingLimit limit;
    private final EndpointContext context;
    private final InheritedSocket inheritedSocket;
    private final TftpCounters counters = new TftpCounters();
    private TransferEngine engine;
    private SharedPorts sharedPorts;
    private TftpListener listener;
    private volatile List<InetSocketAddress> bound = List.of();
    private boolean stopped;

    /**
     * @param config the validated settings
     * @param context the provider chain, executor and access log
     */
    public TftpEndpoint(TftpConfig config, EndpointContext context) {
        this(config, NetworkConfig.defaults(config.listen().size()), new ServingConfig(
                ServingConfig.DEFAULT_MAX_TRANSFERS, ServingLimit.UNLIMITED, Optional.empty()), context,
                InheritedSocket.STANDARD_INPUT);
    }

    /**
     * @param config the validated settings
     * @param network ports, addresses and allowlists
     * @param serving the serving caps and the upload settings
     * @param context the provider chain, executor and access log
     * @param inheritedSocket where {@code tftp.listen = inherited} takes its socket from
     */
    TftpEndpoint(TftpConfig config, NetworkConfig network, ServingConfig serving, EndpointContext context,
                 InheritedSocket inheritedSocket) {
        this.config = config;
        this.network = network;
        this.serving = serving;
        this.limit = serving.newLimit();
        this.context = context;
        this.inheritedSocket = inheritedSocket;
    }

    @Override
    public synchronized void start() throws IOException {
        if (engine != null || stopped) {
            throw new IllegalStateException("a TFTP endpoint starts once");
        }
        TransferLimits limits = config.limits().refusing(network.refusedOptions());
        sharedPorts = new SharedPorts(config.ioThreads(), counters);
        engine = new TransferEngine(config.ioThreads(), limits, new PortAllocator(network.portRange()), counters,
                sharedPorts);
        NameRewriter rewriter = rewriter();
        Optional<Uploads> uploads = serving.uploads().map(Uploads::new);
        serving.uploads().ifPresent(StaleUploads::sweep);
        WriteRequests writes = new WriteRequests(uploads, rewriter, context.blockingExecutor(), context.accessLog(),
                engine, limits, limit);
        RequestDispatcher dispatcher = new RequestDispatcher(context.resolver(), rewriter, context.blockingExecutor(),
                context.accessLog(), engine, limits, limit, writes);
        engine.start();
        try {
            bound = List.copyOf(bind(dispatcher));
            sharedPorts.start();
        } catch (IOException | RuntimeException e) {
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

    private NameRewriter rewriter() {
        return network.pathPrefixes().isEmpty() ? context.rewriter()
                : new PathPrefixes(context.rewriter(), network.pathPrefixes(), serving.uploads()
                        .flatMap(uploads -> PathPrefixes.uploadPrefix(network.pathPrefixes(), uploads.root())));
    }

    /** Binds the configured addresses on MINA, or on shared ports in single-port mode, then the inherited socket. */
    private List<InetSocketAddress> bind(RequestDispatcher dispatcher) throws IOException {
        List<InetSocketAddress> addresses = new ArrayList<>();
        if (network.singlePort()) {
            for (int i = 0; i < config.listen().size(); i++) {
                addresses.add(sharedPorts.bind(config.listen().get(i), config.socketBuffer(), true,
                        network.addressAllow().get(i), dispatcher));
            }
        } else if (!config.listen().isEmpty()) {
            boolean restricted = network.addressAllow().stream().anyMatch(a -> !a.blocks().isEmpty());
            AllowFilter filter = restricted ? new AllowFilter(dispatcher, counters) : null;
            listener = new TftpListener(restricted ? filter : dispatcher, config.socketBuffer());
            List<InetSocketAddress> listening = listener.bind(config.listen());
            if (restricted) {
                Map<InetSocketAddress, Allowlist> allow = new LinkedHashMap<>();
                for (int i = 0; i < listening.size(); i++) {
                    allow.put(listening.get(i), network.addressAllow().get(i));
                }
                filter.listeners(allow);
            }
            addresses.addAll(listening);
        }
        if (network.inherited().isPresent()) {
            addresses.add(sharedPorts.adopt(inheritedSocket.take(), network.singlePort(), network.inherited().get(),
                    dispatcher));
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> boundAddresses() {
        return bound;
    }

    /** @return what the endpoint dropped without a transfer: for tests and monitoring */
    TftpCounters counters() {
        return counters;
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
        if (sharedPorts != null) {
            sharedPorts.stop();
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
