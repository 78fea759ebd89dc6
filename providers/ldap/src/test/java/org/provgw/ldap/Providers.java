package org.provgw.ldap;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderContext;

/** The LDAP provider as the gateway creates it, and requests to it as a phone makes them. */
final class Providers {

    static final InetSocketAddress PHONE = new InetSocketAddress("192.0.2.99", 50000);

    private Providers() {
    }

    /** A provider over the directory that polls for changes only when told ({@code pollNow}), unless {@code extra} says otherwise. */
    static FileProvider create(TestDirectory directory, Map<String, String> extra) throws Exception {
        Map<String, String> values = new HashMap<>(Map.of("poll-interval", "1h"));
        values.putAll(extra);
        return new LdapProviderFactory().create(new ProviderContext("dir", directory.settings(values)), name -> null);
    }

    /** @return the file's bytes, or empty when the provider has no such file */
    static Optional<byte[]> fetch(FileProvider provider, String name) throws Exception {
        Optional<ProvidedFile> found = provider.find(FileRequest.of(name, PHONE, Protocol.TFTP));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (ProvidedFile file = found.get()) {
            ByteBuffer buffer = ByteBuffer.allocate((int) file.size());
            long position = 0;
            while (buffer.hasRemaining()) {
                int n = file.read(buffer, position);
                if (n < 0) {
                    break;
                }
                position += n;
            }
            return Optional.of(buffer.array());
        }
    }

    static Optional<String> version(FileProvider provider, String name) throws Exception {
        Optional<ProvidedFile> found = provider.find(FileRequest.of(name, PHONE, Protocol.TFTP));
        found.ifPresent(ProvidedFile::close);
        return found.map(ProvidedFile::version);
    }
}
