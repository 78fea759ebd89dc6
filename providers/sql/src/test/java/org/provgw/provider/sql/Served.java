package org.provgw.provider.sql;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderException;

/**
 * A file as a provider served it.
 *
 * @param content its bytes
 * @param version its version
 */
record Served(byte[] content, String version) {

    static FileRequest request(String name) {
        try {
            return FileRequest.of(name, new InetSocketAddress("192.0.2.99", 49152), Protocol.TFTP);
        } catch (IllegalPathException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** @return the file, or empty when the provider does not have it */
    static Optional<Served> fetch(FileProvider provider, String name) throws ProviderException, IOException {
        Optional<ProvidedFile> found = provider.find(request(name));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (ProvidedFile file = found.get()) {
            ByteBuffer buffer = ByteBuffer.allocate((int) file.size());
            while (buffer.hasRemaining() && file.read(buffer, buffer.position()) > 0) {
                // until full
            }
            return Optional.of(new Served(buffer.array(), file.version()));
        }
    }

    /** @return each name's file; names the provider does not have are left out */
    static Map<String, Served> fetchAll(FileProvider provider, Collection<String> names)
            throws ProviderException, IOException {
        Map<String, Served> served = new TreeMap<>();
        for (String name : names) {
            fetch(provider, name).ifPresent(file -> served.put(name, file));
        }
        return served;
    }

    /** @return whether the served files are exactly the expected ones, byte for byte */
    static boolean same(Map<String, Served> served, Map<String, byte[]> expected) {
        if (!served.keySet().equals(expected.keySet())) {
            return false;
        }
        return expected.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), served.get(e.getKey()).content()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Served s && Arrays.equals(content, s.content) && version.equals(s.version);
    }

    @Override
    public int hashCode() {
        return version.hashCode();
    }

    @Override
    public String toString() {
        return "Served[" + content.length + " bytes, version " + version + "]";
    }
}
