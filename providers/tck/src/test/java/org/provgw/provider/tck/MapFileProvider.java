package org.provgw.provider.tck;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;

/**
 * The reference provider the kit is tested against: files in a map, each put under a new version.
 * It shows the smallest provider that passes {@link MutableFileProviderContract}.
 */
final class MapFileProvider implements FileProvider {

    private record Entry(byte[] content, String version, Instant modified) {
    }

    private final Map<String, Entry> files = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();

    MapFileProvider(Map<String, byte[]> initial) {
        initial.forEach(this::put);
    }

    void put(String path, byte[] content) {
        files.put(path, new Entry(content.clone(), "v" + versions.incrementAndGet(), Instant.now()));
    }

    @Override
    public Optional<ProvidedFile> find(FileRequest request) {
        return Optional.ofNullable(files.get(request.path()))
                .map(e -> ProvidedFile.ofBytes(e.content(), e.version(), e.modified()));
    }

    @Override
    public void close() {
        files.clear();
    }
}
