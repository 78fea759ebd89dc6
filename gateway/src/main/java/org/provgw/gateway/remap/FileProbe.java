package org.provgw.gateway.remap;

import java.net.InetSocketAddress;
import org.provgw.protocol.Direction;
import org.provgw.provider.Protocol;

/**
 * Answers an {@code E} rule's question: would this name be served? tftpd-hpa opens the file; the
 * gateway asks its provider chain.
 */
@FunctionalInterface
interface FileProbe {

    /** Knows no file: every {@code E} rule is undone. */
    FileProbe NONE = (name, direction, client, protocol) -> false;

    /**
     * May block (a provider look-up).
     *
     * @param name the rewritten name
     * @param direction read or write
     * @param client the client
     * @param protocol the protocol the request arrived on
     * @return whether the request would find a file to transfer under that name
     */
    boolean exists(String name, Direction direction, InetSocketAddress client, Protocol protocol);
}
