package org.provgw.cisco.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.provider.ProviderException;

/** Opens providers the way the tests need them and reads what they serve. */
final class Serving {

    /** Long enough that the poller never polls during a test: tests poll with pollChanges(). */
    static final Duration NEVER = Duration.ofHours(1);
    static final Duration RETRY = Duration.ofSeconds(5);
    static final Duration NEGATIVE_TTL = Duration.ofSeconds(10);

    private Serving() {
    }

    static BuiltFileProvider open(MemorySource source, ManualTicker ticker) {
        return open(source, ticker, false);
    }

    static BuiltFileProvider open(MemorySource source, ManualTicker ticker, boolean prebuild) {
        ServeSettings settings = new ServeSettings(NEVER, RETRY, NEGATIVE_TTL, 100, prebuild);
        return BuiltFileProvider.open("test", source, new PlainRenderer(), settings, Clock.systemUTC(), ticker);
    }

    static FileRequest request(String name) {
        try {
            return FileRequest.of(name, new InetSocketAddress("192.0.2.99", 49152), Protocol.TFTP);
        } catch (IllegalPathException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A file that must be there: its content and version. */
    record Served(String text, String version) {
    }

    static Served get(BuiltFileProvider provider, String name) throws ProviderException {
        Optional<ProvidedFile> found = provider.find(request(name));
        assertTrue(found.isPresent(), "not found: " + name);
        try (ProvidedFile file = found.get()) {
            ByteBuffer buffer = ByteBuffer.allocate((int) file.size());
            while (buffer.hasRemaining() && file.read(buffer, buffer.position()) > 0) {
                // read to the end
            }
            return new Served(new String(buffer.array(), StandardCharsets.UTF_8), file.version());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static boolean exists(BuiltFileProvider provider, String name) throws ProviderException {
        Optional<ProvidedFile> found = provider.find(request(name));
        found.ifPresent(ProvidedFile::close);
        return found.isPresent();
    }
}
