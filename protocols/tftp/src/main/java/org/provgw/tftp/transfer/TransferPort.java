package org.provgw.tftp.transfer;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * Where a transfer state machine sends its packets: the only output it has. The socket layer
 * implements it; tests implement it with a list. Sends are best effort, like UDP: a packet that
 * cannot be sent now is lost and recovered by retransmission.
 */
public interface TransferPort {

    /**
     * Sends to the transfer's peer. The buffer may be reused as soon as the call returns.
     *
     * @param datagram the bytes from its position to its limit
     */
    void send(ByteBuffer datagram);

    /**
     * Sends to another address: an ERROR 5 to a stranger that wrote to the transfer's port.
     *
     * @param target the stranger
     * @param datagram the bytes from its position to its limit
     */
    void sendTo(InetSocketAddress target, ByteBuffer datagram);
}
