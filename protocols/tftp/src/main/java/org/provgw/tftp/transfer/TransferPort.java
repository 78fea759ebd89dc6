package org.provgw.tftp.transfer;

import java.net.InetSocketAddress;

/**
 * Where a transfer state machine sends its packets: the only output it has. The socket layer
 * implements it; tests implement it with a list. Sends are best effort, like UDP: a packet that
 * cannot be sent now is lost and recovered by retransmission.
 */
public interface TransferPort {

    /**
     * Sends to the transfer's peer. The array may be reused as soon as the call returns.
     *
     * @param packet the datagram bytes
     * @param length how many bytes of {@code packet}, from 0, to send
     */
    void send(byte[] packet, int length);

    /**
     * Sends to another address: an ERROR 5 to a stranger that wrote to the transfer's port.
     *
     * @param target the stranger
     * @param packet the datagram bytes
     * @param length how many bytes to send
     */
    void sendTo(InetSocketAddress target, byte[] packet, int length);
}
