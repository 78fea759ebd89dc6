package org.provgw.gateway.fakes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderException;

/**
 * An in-memory provider: answers from a map of path to text, and can be switched to fail like a
 * backend that is down ({@link #failWith(String)}) or like a buggy plugin ({@link #throwing}).
 */
public final class MemoryProvider implements FileProvider {

    private final String name;
    private final Map<String, String> files;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String outage;
    private volatile Supplier<RuntimeException> bug;

    /**
     * @param name the instance name, for the events
     * @param files path to content
     */
    public MemoryProvider(String name, Map<String, String> files) {
        this.name = name;
        this.files = Map.copyOf(files);
    }

    /** @param message from now on, every find throws a ProviderException with it; null heals */
    public MemoryProvider failWith(String message) {
        this.outage = message;
        return this;
    }

    /** @param failure from now on, every find throws what it supplies; null heals */
    public MemoryProvider throwing(Supplier<RuntimeException> failure) {
        this.bug = failure;
        return this;
    }

    /** @return how many times find was called */
    public int calls() {
        return calls.get();
    }

    @Override
    public Optional<ProvidedFile> find(FileRequest request) throws ProviderException {
        calls.incrementAndGet();
        if (outage != null) {
            throw new ProviderException(outage);
        }
        if (bug != null) {
            throw bug.get();
        }
        String content = files.get(request.path());
        return content == null ? Optional.empty() : Optional.of(ProvidedFile.ofBytes(
                content.getBytes(StandardCharsets.UTF_8), "v1", Instant.EPOCH));
    }

    @Override
    public void close() {
        Events.record("provider " + name + " closed");
    }
}
