package org.provgw.tftp.server;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sends the ERROR that answers a refused request. It goes out from a fresh port, like any reply
 * to a request (RFC 1350 §4: the server picks a new TID): clients such as commons-net reject a
 * first reply that comes from the listening port. The port comes from {@code tftp.port-range}
 * when one is set; when every port of it is in use, the ERROR is sent from a socket already
 * open in the range, and only when there is none is the request dropped (and counted).
 */
final class ErrorReplies {

    private static final Logger LOG = LogManager.getLogger(ErrorReplies.class);

    private final PortAllocator ports;
    private final TftpCounters counters;

    ErrorReplies(PortAllocator ports, TftpCounters counters) {
        this.ports = ports;
        this.counters = counters;
    }

    /**
     * @param local the address the request arrived on
     * @param client who sent it
     * @param datagram the ERROR packet
     */
    void send(InetAddress local, InetSocketAddress client, byte[] datagram) {
        boolean v6 = client.getAddress() instanceof Inet6Address;
        InetAddress bindTo = sameFamily(local, v6);
        try (DatagramChannel channel = ports.open(bindTo, v6)) {
            channel.send(ByteBuffer.wrap(datagram), client);
        } catch (PortsExhaustedException e) {
            sendFromBorrowed(bindTo, v6, client, datagram);
        } catch (IOException e) {
            LOG.debug("cannot send an error to {}: {}", client, e.toString());
        }
    }

    private void sendFromBorrowed(InetAddress bindTo, boolean v6, InetSocketAddress client, byte[] datagram) {
        Optional<DatagramChannel> borrowed = ports.borrow(bindTo, v6);
        try {
            if (borrowed.isPresent() && borrowed.get().send(ByteBuffer.wrap(datagram), client) > 0) {
                return;
            }
        } catch (IOException e) {
            LOG.debug("cannot send an error to {} from a busy socket: {}", client, e.toString());
        }
        counters.refusalDropped(client);
    }

    /** @return the listening address when it is of the client's family, else the wildcard */
    static InetAddress sameFamily(InetAddress local, boolean v6) {
        return (local instanceof Inet6Address) == v6 ? local : null;
    }
}
