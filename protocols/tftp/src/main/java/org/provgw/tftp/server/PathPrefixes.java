package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.util.List;
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
 */
final class PathPrefixes implements NameRewriter {

    private final NameRewriter rules;
    private final List<String> prefixes;

    /**
     * @param rules the rewriting that runs first (the map file)
     * @param prefixes the directories, absolute, without a trailing {@code /} (except {@code /} itself)
     */
    PathPrefixes(NameRewriter rules, List<String> prefixes) {
        this.rules = rules;
        this.prefixes = List.copyOf(prefixes);
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
        for (String prefix : prefixes) {
            if (prefix.equals("/")) {
                return named;
            }
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return new Rewrite.Name(path.substring(prefix.length()));
            }
        }
        return new Rewrite.Denied("Forbidden directory");
    }
}
