package org.provgw.tftp.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sends the ERROR that answers a refused request. It goes out from a fresh port, like any reply
 * to a request (RFC 1350 §4: the server picks a new TID): clients such as commons-net reject a
 * first reply that comes from the listening port.
 */
final class ErrorReplies {

    private static final Logger LOG = LogManager.getLogger(ErrorReplies.class);

    private ErrorReplies() {
    }

    static void send(InetAddress local, InetSocketAddress client, byte[] datagram) {
        boolean v6 = client.getAddress() instanceof Inet6Address;
        try (DatagramChannel channel = DatagramChannel.open(
                v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET)) {
            channel.bind(new InetSocketAddress(sameFamily(local, v6), 0));
            channel.send(ByteBuffer.wrap(datagram), client);
        } catch (IOException e) {
            LOG.debug("cannot send an error to {}: {}", client, e.toString());
        }
    }

    /** @return the listening address when it is of the client's family, else the wildcard */
    static InetAddress sameFamily(InetAddress local, boolean v6) {
        return (local instanceof Inet6Address) == v6 ? local : null;
    }
}
