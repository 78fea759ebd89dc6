package org.provgw.provider.fs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.provgw.provider.FileProvider;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.ProviderException;
import org.provgw.provider.Settings;

/** Creates filesystem providers from settings maps and reads what they serve. */
final class TestProviders {

    static final String SOURCE = "conf/provgw.properties";
    static final String PREFIX = "provider.fs.";
    static final InetSocketAddress CLIENT =
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 50000);

    private TestProviders() {
    }

    static Settings settings(Path base, Map<String, String> values) {
        return Settings.of(values, PREFIX, base, SOURCE);
    }

    static FileProvider create(Path base, Map<String, String> values)
            throws InvalidSettingException {
        ProviderContext context = new ProviderContext("fs", settings(base, values));
        return new FilesystemProviderFactory().create(context);
    }

    static FileProvider create(Path root, Path... alternates) throws InvalidSettingException {
        Map<String, String> values = new HashMap<>();
        values.put("root", root.toString());
        for (int i = 0; i < alternates.length; i++) {
            values.put("alternate." + (i + 1), alternates[i].toString());
        }
        return create(root, values);
    }

    static FileRequest request(String rawName) throws IllegalPathException {
        return FileRequest.of(rawName, CLIENT, Protocol.TFTP);
    }

    /** @return the content served for {@code rawName}, or empty when not found */
    static Optional<String> fetch(FileProvider provider, String rawName)
            throws IllegalPathException, ProviderException, IOException {
        Optional<ProvidedFile> found = provider.find(request(rawName));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try (ProvidedFile file = found.get()) {
            return Optional.of(new String(readAll(file), StandardCharsets.UTF_8));
        }
    }

    static byte[] readAll(ProvidedFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(1000);
        long position = 0;
        int n;
        while ((n = file.read(buffer.clear(), position)) >= 0) {
            out.write(buffer.array(), 0, n);
            position += n;
        }
        return out.toByteArray();
    }

    /** Writes {@code text} to {@code root/relative}, creating parent directories. */
    static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
