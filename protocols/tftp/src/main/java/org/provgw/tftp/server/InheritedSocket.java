package org.provgw.tftp.server;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;

/**
 * The UDP socket a service manager hands over on standard input ({@code tftp.listen =
 * inherited}): systemd with {@code StandardInput=socket} in a socket-activated service, or inetd
 * with a {@code dgram ... wait} entry, as tftpd-hpa is run without {@code --listen}.
 */
@FunctionalInterface
interface InheritedSocket {

    /** The JVM's own standard input, through {@link System#inheritedChannel()}. */
    InheritedSocket STANDARD_INPUT = InheritedSocket::fromStandardInput;

    /**
     * @return the socket, bound
     * @throws IOException with a message naming {@code tftp.listen} when there is no UDP socket
     */
    DatagramChannel take() throws IOException;

    private static DatagramChannel fromStandardInput() throws IOException {
        Channel channel = System.inheritedChannel();
        if (channel == null) {
            throw new IOException("tftp.listen = inherited, but standard input is not a socket: start provgw"
                    + " from a socket unit with StandardInput=socket, or from inetd, or list addresses in tftp.listen");
        }
        if (!(channel instanceof DatagramChannel datagram)) {
            throw new IOException("tftp.listen = inherited, but the socket on standard input is not a UDP socket ("
                    + channel.getClass().getSimpleName() + "): a TFTP socket unit needs ListenDatagram=");
        }
        if (!datagram.isOpen() || datagram.getLocalAddress() == null) {
            throw new IOException("tftp.listen = inherited, but the UDP socket on standard input is closed or"
                    + " not bound");
        }
        return datagram;
    }
}
