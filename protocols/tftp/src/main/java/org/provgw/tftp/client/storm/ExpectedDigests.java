package org.provgw.tftp.client.storm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.provgw.tftp.client.BlockSink;
import org.provgw.tftp.client.DigestSink;

/**
 * The SHA-256 of each name's reference copy under {@code --verify-dir}, computed once up front by
 * streaming (never whole files in memory), so every transfer can be checked as it arrives.
 */
final class ExpectedDigests {
    private final Map<String, byte[]> digests;

    private ExpectedDigests(Map<String, byte[]> digests) {
        this.digests = digests;
    }

    /**
     * @param dir the reference directory
     * @param names the requested names (relative to {@code dir}; a leading '/' is ignored)
     * @return the digests
     * @throws UsageException if a reference file is missing, unreadable or outside {@code dir}
     */
    static ExpectedDigests load(Path dir, Collection<String> names) throws UsageException {
        Path root = dir.toAbsolutePath().normalize();
        Map<String, byte[]> digests = new HashMap<>();
        byte[] buffer = new byte[64 * 1024];
        for (String name : names) {
            if (digests.containsKey(name)) {
                continue;
            }
            Path file = root.resolve(name.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root)) {
                throw new UsageException("--verify-dir: '" + name + "' is outside " + root);
            }
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), DigestSink.sha256())) {
                while (in.read(buffer) >= 0) {
                    // the DigestInputStream hashes as it reads
                }
                digests.put(name, ((DigestInputStream) in).getMessageDigest().digest());
            } catch (IOException e) {
                throw new UsageException("--verify-dir: cannot read " + file + ": " + e);
            }
        }
        return new ExpectedDigests(digests);
    }

    /** @return a sink factory checking each transfer against its name's digest */
    Function<String, BlockSink> sinks() {
        return name -> new DigestSink(digests.get(name));
    }
}
