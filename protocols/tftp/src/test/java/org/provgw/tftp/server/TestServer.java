package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Endpoint;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Resolution;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Settings;

/**
 * A TFTP endpoint on 127.0.0.1 and an ephemeral port, serving files from memory, for tests that
 * talk to it with real clients.
 */
final class TestServer implements AutoCloseable {

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Answers for names that need more than bytes (an outage, a failing file); asked first. */
    final Map<String, Supplier<Resolution>> resolutions = new ConcurrentHashMap<>();
    final List<AccessRecord> access = new CopyOnWriteArrayList<>();
    /** When set, the look-up pool refuses every task, as a saturated one does. */
    volatile boolean refuseLookups;
    private final java.util.concurrent.atomic.AtomicInteger lookupThreads = new java.util.concurrent.atomic.AtomicInteger();
    /** The look-up pool; its threads are named {@code test-lookup-N}. */
    private final ExecutorService executor = Executors.newFixedThreadPool(4,
            task -> new Thread(task, "test-lookup-" + lookupThreads.incrementAndGet()));
    private final Endpoint endpoint;

    TestServer(Map<String, String> settings) throws Exception {
        this(settings, NameRewriter.IDENTITY);
    }

    TestServer(Map<String, String> settings, NameRewriter rewriter) throws Exception {
        this(settings, rewriter, null);
    }

    /** A server whose {@code tftp.listen = inherited} takes {@code inherited} instead of standard input. */
    TestServer(Map<String, String> settings, InheritedSocket inherited) throws Exception {
        this(settings, NameRewriter.IDENTITY, inherited);
    }

    private TestServer(Map<String, String> settings, NameRewriter rewriter, InheritedSocket inherited)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(Map.of("listen", "127.0.0.1:0"));
        all.putAll(settings);
        FileResolver resolver = request -> {
            Supplier<Resolution> special = resolutions.get(request.path());
            if (special != null) {
                return special.get();
            }
            byte[] content = files.get(request.path());
            return content == null ? new Resolution.NotFound()
                    : new Resolution.Found(ProvidedFile.ofBytes(content, "v1", Instant.EPOCH), "mem");
        };
        Executor lookups = task -> {
            if (refuseLookups) {
                throw new RejectedExecutionException("refused by the test");
            }
            executor.execute(task);
        };
        Settings tftp = Settings.of(all, "tftp.", Path.of("."), "test");
        EndpointContext context = new EndpointContext(tftp, resolver, lookups, access::add, rewriter);
        endpoint = inherited == null ? new TftpProtocolFactory().create(context)
                : new TftpEndpoint(TftpConfig.from(tftp), NetworkConfig.from(tftp), ServingConfig.from(tftp), context,
                        inherited);
        endpoint.start();
    }

    InetSocketAddress address() {
        return endpoint.boundAddresses().get(0);
    }

    /** @return every bound listening address, in the order of tftp.listen */
    List<InetSocketAddress> addresses() {
        return endpoint.boundAddresses();
    }

    int port() {
        return address().getPort();
    }

    ServingStats stats() {
        return ((TftpEndpoint) endpoint).servingStats();
    }

    /** @return what the endpoint dropped without a transfer */
    TftpCounters counters() {
        return ((TftpEndpoint) endpoint).counters();
    }

    /** Waits until the access log holds {@code count} records, the end of every transfer. */
    List<AccessRecord> awaitAccess(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (access.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return List.copyOf(access);
    }

    /** Stops the endpoint, then lets queued look-up work finish (uploads delete their files there). */
    @Override
    public void close() {
        endpoint.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
