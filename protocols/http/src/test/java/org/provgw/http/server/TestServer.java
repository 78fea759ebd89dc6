package org.provgw.http.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.EndpointContext;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Resolution;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Settings;

/**
 * An HTTP or HTTPS endpoint on 127.0.0.1 and an ephemeral port, for tests that talk to it with
 * real clients. Files come from memory ({@link #files}) or from a resolver the test gives.
 */
final class TestServer implements AutoCloseable {

    static final Instant MODIFIED = Instant.parse("2026-11-05T08:49:37Z");

    final Map<String, byte[]> files = new ConcurrentHashMap<>();
    final List<AccessRecord> access = new CopyOnWriteArrayList<>();
    final ExecutorService executor;
    private final HttpEndpoint endpoint;

    private TestServer(Builder builder) throws Exception {
        executor = builder.executor != null ? builder.executor : Executors.newFixedThreadPool(4);
        Map<String, String> all = new HashMap<>(Map.of("listen", "127.0.0.1:0"));
        all.putAll(builder.settings);
        String prefix = builder.https ? "https." : "http.";
        Settings settings = Settings.of(all, prefix, builder.baseDirectory, "test.properties");
        FileResolver resolver = builder.resolver != null ? builder.resolver : this::fromMemory;
        EndpointContext context = new EndpointContext(settings, resolver, executor, access::add, builder.rewriter);
        endpoint = (HttpEndpoint) (builder.https ? new HttpsProtocolFactory() : new HttpProtocolFactory()).create(context);
        endpoint.start();
    }

    static Builder builder() {
        return new Builder();
    }

    static TestServer plain() throws Exception {
        return builder().start();
    }

    private Resolution fromMemory(org.provgw.provider.FileRequest request) {
        byte[] content = files.get(request.path());
        return content == null ? new Resolution.NotFound()
                : new Resolution.Found(ProvidedFile.ofBytes(content, "v" + content.length, MODIFIED), "mem");
    }

    InetSocketAddress address() {
        return endpoint.boundAddresses().get(0);
    }

    int port() {
        return address().getPort();
    }

    HttpEndpoint endpoint() {
        return endpoint;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Waits until the access log holds {@code count} records. */
    List<AccessRecord> awaitAccess(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
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

    static final class Builder {
        private final Map<String, String> settings = new HashMap<>();
        private boolean https;
        private FileResolver resolver;
        private NameRewriter rewriter = NameRewriter.IDENTITY;
        private ExecutorService executor;
        private Path baseDirectory = Path.of(".");

        Builder set(String key, String value) {
            settings.put(key, value);
            return this;
        }

        Builder https(Path baseDirectory) {
            this.https = true;
            this.baseDirectory = baseDirectory;
            return this;
        }

        Builder resolver(FileResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        Builder rewriter(NameRewriter rewriter) {
            this.rewriter = rewriter;
            return this;
        }

        Builder executor(ExecutorService executor) {
            this.executor = executor;
            return this;
        }

        TestServer start() throws Exception {
            return new TestServer(this);
        }
    }
}
