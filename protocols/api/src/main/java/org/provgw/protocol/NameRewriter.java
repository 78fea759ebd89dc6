package org.provgw.protocol;

import java.net.InetSocketAddress;
import org.provgw.provider.Protocol;

/**
 * Rewrites a requested name before it is normalized and looked up, as tftpd-hpa's
 * {@code --map-file} rules do. Every protocol applies the same rewriter to the name as the client
 * sent it (TFTP: the file name of the request; HTTP: the percent-decoded path without its leading
 * {@code /}), so that one set of rules serves one namespace.
 *
 * <p>Implementations are thread-safe and never throw. They may block: a rule can ask the provider
 * chain whether a name exists (tftpd-hpa's {@code E} rules), so endpoints call the rewriter where
 * blocking is allowed (the look-up executor), never on a network I/O thread. A rule set that
 * cannot finish for a name (a step limit) refuses it rather than leaving it as it is, so that a
 * later refusing rule cannot be bypassed. The gateway may swap the rules underneath (a reloaded
 * map file); one call always sees one complete set.
 */
@FunctionalInterface
public interface NameRewriter {

    /** Leaves every name as it is. */
    NameRewriter IDENTITY = (name, direction, client, protocol) -> new Rewrite.Name(name);

    /**
     * @param name the name as the client sent it, never {@code null}
     * @param direction whether the client reads or writes
     * @param client the client's address and port
     * @param protocol the protocol the request arrived on
     * @return the name to serve, or a refusal; never {@code null}
     */
    Rewrite rewrite(String name, Direction direction, InetSocketAddress client, Protocol protocol);
}
