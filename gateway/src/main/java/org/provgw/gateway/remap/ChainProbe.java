package org.provgw.gateway.remap;

import java.net.InetSocketAddress;
import org.provgw.protocol.Direction;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.Resolution;
import org.provgw.provider.FileRequest;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.Protocol;

/**
 * Answers {@code E} rules from the provider chain: a name is a file when it passes the path
 * check and, for a read, a provider has it (the file is opened and closed again; the endpoint
 * opens it anew). For a write, passing the path check is enough: whether an upload may land
 * there is the protocol's upload policy, which the gateway does not know.
 */
final class ChainProbe implements FileProbe {

    private final FileResolver resolver;

    /** @param resolver the provider chain */
    ChainProbe(FileResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean exists(String name, Direction direction, InetSocketAddress client, Protocol protocol) {
        FileRequest request;
        try {
            request = FileRequest.of(name, client, protocol);
        } catch (IllegalPathException e) {
            return false;
        }
        if (direction == Direction.WRITE) {
            return true;
        }
        if (resolver.resolve(request) instanceof Resolution.Found found) {
            found.file().close();
            return true;
        }
        return false;
    }
}
