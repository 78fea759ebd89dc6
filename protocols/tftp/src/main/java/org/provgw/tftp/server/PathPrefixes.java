package org.provgw.tftp.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;

/**
 * tftpd-hpa's rule for names when it runs without {@code --secure} ({@code tftp.path-prefixes}):
 * a client names a file by its absolute path, which must lie in one of the directories on the
 * command line. Applied after the map-file rules, as tftpd-hpa checks the remapped name. The
 * directory is cut off the name, which the providers, whose roots are those directories, then
 * look up; a relative name, or one outside every directory, is refused with tftpd-hpa's message.
 *
 * <p>An upload is stored where its absolute name says, so it must also lie in
 * {@code tftp.upload.root}: that directory, spelled as the client sees it (the upload prefix), is
 * what is cut off a write's name, which then resolves under the upload root. tftpd-hpa would
 * write into any of its directories; provgw has one upload root, and refuses a write elsewhere
 * rather than store it under another directory than the one it names.
 */
final class PathPrefixes implements NameRewriter {

    private final NameRewriter rules;
    private final List<String> prefixes;
    private final Optional<String> uploadPrefix;

    /**
     * @param rules the rewriting that runs first (the map file)
     * @param prefixes the directories, absolute, without a trailing {@code /} (except {@code /} itself)
     * @param uploadPrefix the upload root as an absolute name inside one of them; empty when
     *     uploads are off
     */
    PathPrefixes(NameRewriter rules, List<String> prefixes, Optional<String> uploadPrefix) {
        this.rules = rules;
        this.prefixes = List.copyOf(prefixes);
        this.uploadPrefix = uploadPrefix;
    }

    /**
     * @param prefixes the directories of {@code tftp.path-prefixes}
     * @param uploadRoot the real path of {@code tftp.upload.root}
     * @return how a client names the upload root: the first directory that holds it (once links
     *     are followed) and the rest of the way; empty when no directory holds it
     */
    static Optional<String> uploadPrefix(List<String> prefixes, Path uploadRoot) {
        for (String prefix : prefixes) {
            Path real;
            try {
                real = Path.of(prefix).toRealPath();
            } catch (IOException e) {
                continue; // a directory that does not exist holds no upload root
            }
            if (uploadRoot.startsWith(real)) {
                String rest = real.relativize(uploadRoot).toString();
                return Optional.of(rest.isEmpty() ? prefix : prefix.equals("/") ? "/" + rest : prefix + "/" + rest);
            }
        }
        return Optional.empty();
    }

    @Override
    public Rewrite rewrite(String name, Direction direction, InetSocketAddress client, Protocol protocol) {
        Rewrite rewritten = rules.rewrite(name, direction, client, protocol);
        if (!(rewritten instanceof Rewrite.Name named)) {
            return rewritten;
        }
        String path = named.name();
        if (!path.startsWith("/")) {
            return new Rewrite.Denied("Only absolute filenames allowed");
        }
        Optional<String> read = prefixes.stream().map(prefix -> cut(path, prefix)).flatMap(Optional::stream)
                .findFirst();
        if (read.isEmpty()) {
            return new Rewrite.Denied("Forbidden directory");
        }
        if (direction == Direction.READ) {
            return new Rewrite.Name(read.get());
        }
        return uploadPrefix.flatMap(prefix -> cut(path, prefix)).<Rewrite>map(Rewrite.Name::new)
                .orElseGet(() -> new Rewrite.Denied("Forbidden directory for uploads"
                        + uploadPrefix.map(prefix -> ": they go to " + prefix).orElse("")));
    }

    /** @return the rest of {@code path} after {@code prefix}, if it lies there (whole path segments) */
    private static Optional<String> cut(String path, String prefix) {
        if (prefix.equals("/")) {
            return Optional.of(path);
        }
        boolean inside = path.startsWith(prefix)
                && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
        return inside ? Optional.of(path.substring(prefix.length())) : Optional.empty();
    }
}
