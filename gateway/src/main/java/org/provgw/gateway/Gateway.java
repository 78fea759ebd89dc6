package org.provgw.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.gateway.access.Log4jAccessLog;
import org.provgw.protocol.SocketAddresses;
import org.provgw.gateway.chain.NamedProvider;
import org.provgw.gateway.chain.ProviderChain;
import org.provgw.gateway.config.GatewayConfig;
import org.provgw.gateway.config.ProtocolConfig;
import org.provgw.gateway.config.ProviderConfig;
import org.provgw.gateway.lifecycle.Components;
import org.provgw.gateway.lifecycle.LookupExecutor;
import org.provgw.gateway.lifecycle.Teardown;
import org.provgw.gateway.plugin.PluginCatalog;
import org.provgw.gateway.remap.Remapping;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.NameRewriter;

/**
 * One running gateway: the look-up pool, the providers in chain order and an endpoint per enabled
 * protocol.
 *
 * <p>{@link #start()} creates everything first (so that every provider and protocol setting is
 * validated before anything binds), then starts the endpoints in order. If any step fails,
 * whatever was already created is stopped or closed in reverse order and the original error is
 * thrown. {@link #stop()} stops endpoints, closes providers, then shuts the pool down, in reverse
 * start order; it is idempotent and safe after a failed start. A gateway is started at most once.
 */
public final class Gateway {

    private static final Logger LOG = LogManager.getLogger(Gateway.class);
    /** How long running look-ups may finish at stop before their threads are interrupted. */
    private static final Duration LOOKUP_GRACE = Duration.ofSeconds(5);

    private enum State { NEW, RUNNING, STOPPED }

    private record NamedEndpoint(String name, Endpoint endpoint) {
    }

    private final GatewayConfig config;
    private final Components components;
    private final AccessLog accessLog;
    private final Teardown teardown = new Teardown();
    private final List<NamedEndpoint> endpoints = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private State state = State.NEW;

    /**
     * @param config the validated configuration
     * @param plugins the factories it names
     */
    public Gateway(GatewayConfig config, PluginCatalog plugins) {
        this(config, plugins, new Log4jAccessLog());
    }

    /**
     * @param config the validated configuration
     * @param plugins the factories it names
     * @param accessLog where endpoints report finished transfers
     */
    public Gateway(GatewayConfig config, PluginCatalog plugins, AccessLog accessLog) {
        this.config = Objects.requireNonNull(config, "config");
        this.components = new Components(Objects.requireNonNull(plugins, "plugins"), config.source().toString());
        this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
    }

    /**
     * Creates the pool, the providers and the endpoints, then starts the endpoints.
     *
     * @throws ConfigException if a provider or protocol setting is wrong; nothing is left running
     * @throws GatewayException if an address cannot be bound or a backend cannot be set up;
     *     nothing is left running
     * @throws IllegalStateException if the gateway was started or stopped before
     */
    public synchronized void start() throws ConfigException, GatewayException {
        begin();
        try {
            assemble();
            for (NamedEndpoint e : endpoints) {
                Components.start(e.name(), e.endpoint());
            }
        } catch (ConfigException | GatewayException | RuntimeException | Error e) {
            rollBack(e);
            throw e;
        }
        state = State.RUNNING;
        for (NamedEndpoint e : endpoints) {
            LOG.info("provgw serving {} on {}", e.name(), SocketAddresses.join(e.endpoint().boundAddresses()));
        }
    }

    /**
     * Validates the configuration as far as it can without binding: creates the providers and the
     * endpoints exactly as {@link #start()} would, then releases them. The gateway is stopped
     * afterwards.
     *
     * @throws ConfigException if a provider or protocol setting is wrong
     * @throws GatewayException if a backend cannot be set up or a factory fails
     * @throws IllegalStateException if the gateway was started or stopped before
     */
    public synchronized void check() throws ConfigException, GatewayException {
        begin();
        try {
            assemble();
        } catch (ConfigException | GatewayException | RuntimeException | Error e) {
            rollBack(e);
            throw e;
        }
        rollBack(null);
    }

    /** Stops endpoints, closes providers and shuts the look-up pool down. Idempotent. */
    public synchronized void stop() {
        if (state == State.STOPPED) {
            return;
        }
        boolean wasRunning = state == State.RUNNING;
        rollBack(null);
        if (wasRunning) {
            LOG.info("provgw stopped");
        }
    }

    /**
     * Waits until {@link #stop()} has run (or a start or check has failed).
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * @return each enabled protocol's bound addresses, with real ports when port 0 was configured,
     *     in protocol-name order; empty before a successful start and after stop
     */
    public synchronized Map<String, List<InetSocketAddress>> boundAddresses() {
        Map<String, List<InetSocketAddress>> bound = new LinkedHashMap<>();
        if (state == State.RUNNING) {
            endpoints.forEach(e -> bound.put(e.name(), List.copyOf(e.endpoint().boundAddresses())));
        }
        return bound;
    }

    private void begin() {
        if (state != State.NEW) {
            throw new IllegalStateException("a gateway starts once; this one is " + state);
        }
    }

    private void assemble() throws ConfigException, GatewayException {
        ThreadPoolExecutor pool = LookupExecutor.create(config.executor());
        teardown.push("look-up pool", () -> LookupExecutor.shutdown(pool, LOOKUP_GRACE));
        List<NamedProvider> providers = new ArrayList<>();
        for (ProviderConfig provider : config.providers()) {
            NamedProvider opened = components.openProvider(provider);
            teardown.push("provider " + provider.name(), opened.provider()::close);
            providers.add(opened);
        }
        ProviderChain chain = new ProviderChain(providers);
        NameRewriter rewriter = NameRewriter.IDENTITY;
        if (config.mapFile().isPresent()) {
            Remapping remapping = Remapping.start(config.mapFile().get(), chain, config.source().toString());
            teardown.push("map file", remapping::close);
            rewriter = remapping.rewriter();
        }
        for (ProtocolConfig protocol : config.enabledProtocols()) {
            Endpoint endpoint = components.createEndpoint(protocol,
                    new EndpointContext(protocol.settings(), chain, pool, accessLog, rewriter));
            // pushed before start: an endpoint that failed half-way may still hold threads
            teardown.push("endpoint " + protocol.name(), endpoint::stop);
            endpoints.add(new NamedEndpoint(protocol.name(), endpoint));
        }
    }

    private void rollBack(Throwable cause) {
        List<Exception> failures = teardown.runAll();
        if (cause != null) {
            failures.forEach(cause::addSuppressed);
        }
        state = State.STOPPED;
        stopped.countDown();
    }
}
