package org.provgw.protocol;

import java.net.InetSocketAddress;
import org.provgw.provider.Protocol;

/**
 * Rewrites a requested name before it is normalized and looked up, as tftpd-hpa's
 * {@code --map-file} rules do. Every protocol applies the same rewriter to the name as the client
 * sent it (TFTP: the file name of the request; HTTP: the percent-decoded path without its leading
 * {@code /}), so that one set of rules serves one namespace.
 *
 * <p>Implementations are thread-safe, do not block and never throw: a rule that cannot be applied
 * leaves the name as it is. The gateway may swap the rules underneath (a reloaded map file); one
 * call always sees one complete set.
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
