package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    final List<AccessRecord> access = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
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
            byte[] content = files.get(request.path());
            return content == null ? new Resolution.NotFound()
                    : new Resolution.Found(ProvidedFile.ofBytes(content, "v1", Instant.EPOCH), "mem");
        };
        Settings tftp = Settings.of(all, "tftp.", Path.of("."), "test");
        EndpointContext context = new EndpointContext(tftp, resolver, executor, access::add, rewriter);
        endpoint = inherited == null ? new TftpProtocolFactory().create(context)
                : new TftpEndpoint(TftpConfig.from(tftp), NetworkConfig.from(tftp), context, inherited);
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

    @Override
    public void close() {
        endpoint.stop();
        executor.shutdownNow();
    }
}
