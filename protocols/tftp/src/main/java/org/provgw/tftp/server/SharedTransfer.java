package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.function.LongConsumer;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.TftpErrorCode;

/**
 * One transfer in single-port mode, a read or an upload, on a listening socket shared with every
 * other transfer of that port: packets go out from the listening socket to the client. Confined
 * to the {@link SharedPortLoop} that owns the socket.
 */
final class SharedTransfer extends LoopTransfer {

    private final SharedPort port;
    /** Set when the client has moved on: whatever the transfer still sends would reach its next request. */
    private boolean muted;

    /**
     * @param port the listening socket the request arrived on
     * @param release run once when the transfer ends
     * @param ticket access-log names and the end callback
     */
    SharedTransfer(SharedPort port, Runnable release, TransferTicket ticket) {
        super(release, ticket);
        this.port = port;
    }

    SharedPort port() {
        return port;
    }

    @Override
    public ByteBuffer packetBuffer() {
        return port.loop().packetBuffer();
    }

    @Override
    public void post(LongConsumer event) {
        port.loop().post(this, event);
    }

    @Override
    void begin(long now) {
        port.begin(this, now);
    }

    /**
     * The client sent a new request from the same address and port: it has given this transfer
     * up (or never saw its first reply). Ends it without an ERROR, which would reach the client
     * on the socket of its new request, as dnsmasq does in its single-port mode. An upload that
     * is stored already and only dallies ends as completed.
     */
    void supersede() {
        muted = true;
        transfer().abort(Outcome.CLIENT_ABORTED, TftpErrorCode.NOT_DEFINED,
                "superseded by a new request from the client");
    }

    @Override
    public void sendTo(InetSocketAddress target, ByteBuffer datagram) {
        if (!muted) {
            port.send(datagram, target);
        }
    }

    @Override
    void detach(long now) {
        port.ended(this);
    }
}
