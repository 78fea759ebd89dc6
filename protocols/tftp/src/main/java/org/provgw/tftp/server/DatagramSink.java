package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Receives the datagrams that arrive on a listening port; the transport stays out of the protocol. */
@FunctionalInterface
public interface DatagramSink {

    /**
     * @param datagram the bytes received, valid only during the call
     * @param client who sent them
     * @param local the listening address they arrived on
     */
    void onDatagram(ByteBuffer datagram, InetSocketAddress client, InetSocketAddress local);
}
