package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.Protocol;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.transfer.ReadTransfer;
import org.provgw.tftp.transfer.TransferPort;
import org.provgw.tftp.transfer.TransferResult;

/**
 * One transfer in single-port mode: the state machine, the file and the access-log names, on a
 * listening socket shared with every other transfer of that port. Packets go out from the
 * listening socket to the client. Confined to the {@link SharedPortLoop} that owns the socket.
 */
final class SharedTransfer implements TransferPort {

    private final SharedPort port;
    private final ProvidedFile file;
    private final TransferTicket ticket;
    private ReadTransfer transfer;
    private SharedPortLoop.Timer timer;
    /** Set when the client has moved on: whatever the transfer still sends would reach its next request. */
    private boolean muted;
    private boolean closed;

    SharedTransfer(SharedPort port, ProvidedFile file, TransferTicket ticket) {
        this.port = port;
        this.file = file;
        this.ticket = ticket;
    }

    void attach(ReadTransfer readTransfer) {
        this.transfer = readTransfer;
    }

    ReadTransfer transfer() {
        return transfer;
    }

    SharedPort port() {
        return port;
    }

    InetSocketAddress peer() {
        return transfer.peer();
    }

    SharedPortLoop.Timer timer() {
        return timer;
    }

    void timer(SharedPortLoop.Timer entry) {
        this.timer = entry;
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * The client sent a new request from the same address and port: it has given this transfer
     * up (or never saw its first reply). Ends it without an ERROR, which would reach the client
     * on the socket of its new request, as dnsmasq does in its single-port mode.
     */
    void supersede() {
        muted = true;
        transfer.abort(Outcome.CLIENT_ABORTED, TftpErrorCode.NOT_DEFINED, "superseded by a new request from the client");
    }

    @Override
    public void send(ByteBuffer datagram) {
        sendTo(transfer.peer(), datagram);
    }

    @Override
    public void sendTo(InetSocketAddress target, ByteBuffer datagram) {
        if (!muted) {
            port.send(datagram, target);
        }
    }

    /** Leaves the port's table, closes the file and reports the transfer. Idempotent. */
    void close(long now) {
        if (closed) {
            return;
        }
        closed = true;
        port.ended(this);
        file.close();
        TransferResult result = transfer.result();
        ticket.finished(new AccessRecord(Protocol.TFTP, transfer.peer(), ticket.path(), ticket.provider(),
                result.bytes(), result.blocks(), result.retransmits(),
                (now - ticket.startedNanos()) / 1_000_000, result.outcome(), result.detail()));
    }
}
