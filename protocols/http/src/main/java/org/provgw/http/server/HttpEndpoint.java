package org.provgw.http.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.http.conn.ConnectionSettings;
import org.provgw.http.conn.HttpConnection;
import org.provgw.http.mina.HttpAcceptor;
import org.provgw.http.mina.TlsSetup;
import org.provgw.http.serve.HttpService;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.ServingLimit;
import org.provgw.provider.Protocol;

/** An HTTP or HTTPS listener: the MINA acceptor, the connections, the file service behind them. */
public final class HttpEndpoint implements Endpoint {

    private static final Logger LOG = LogManager.getLogger(HttpEndpoint.class);

    private final String name;
    private final Protocol protocol;
    private final HttpConfig config;
    private final Optional<TlsConfig> tls;
    private final EndpointContext context;
    private final ServingLimit requests;
    private final ServingLimit connections;
    private HttpAcceptor acceptor;
    private volatile List<InetSocketAddress> bound = List.of();
    private boolean stopped;

    /**
     * @param name the protocol's name, {@code http} or {@code https}
     * @param config the listener's settings
     * @param tls the TLS settings of an HTTPS listener, empty for plain HTTP
     * @param context the provider chain, executor, access log and rewriting rules
     */
    public HttpEndpoint(String name, HttpConfig config, Optional<TlsConfig> tls, EndpointContext context) {
        this.name = name;
        this.protocol = tls.isPresent() ? Protocol.HTTPS : Protocol.HTTP;
        this.config = config;
        this.tls = tls;
        this.context = context;
        this.requests = config.requests().newLimit();
        this.connections = config.connections().newLimit();
    }

    @Override
    public synchronized void start() throws IOException {
        if (acceptor != null || stopped) {
            throw new IllegalStateException("an HTTP endpoint starts once");
        }
        HttpService service = HttpService.create(context.rewriter(), context.resolver(), protocol,
                tls.map(TlsConfig::unsignedFallback).orElse(false), config.proxies(), requests,
                context.blockingExecutor(), config.retryAfter().toSeconds());
        ConnectionSettings settings = new ConnectionSettings(protocol, config.limits(), config.requestTimeout(),
                config.idleTimeout());
        acceptor = new HttpAcceptor(name, config.ioThreads(),
                tls.map(t -> new TlsSetup(t.context(), t.protocols())), connections, config.sendTimeout(),
                config.zeroCopy(), (transport, peer) -> new HttpConnection(transport, service, settings,
                        context.accessLog(), context.blockingExecutor(), System::nanoTime, peer));
        try {
            bound = List.copyOf(acceptor.bind(config.listen()));
        } catch (IOException e) {
            stop();
            throw e;
        }
        LOG.debug("{} bound {}", name, bound);
    }

    @Override
    public List<InetSocketAddress> boundAddresses() {
        return bound;
    }

    /** @return requests being served now and the refusals so far (503), for monitoring and tests */
    public ServingLimit requestLimit() {
        return requests;
    }

    /** @return connections open now and the refusals so far, for monitoring and tests */
    public ServingLimit connectionLimit() {
        return connections;
    }

    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        bound = List.of();
        if (acceptor != null) {
            acceptor.close();
        }
    }
}
