package org.provgw.tftp.transfer;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.TftpErrorCode;

/**
 * The server side of one transfer as the socket layer drives it: a read ({@link ReadTransfer})
 * or a write ({@link WriteTransfer}). Pure: no sockets and no clock of its own; every call comes
 * from the one thread that owns the transfer, with the current time on the
 * {@link System#nanoTime()} scale.
 */
public interface Transfer {

    /** Sends the first packet (OACK, DATA 1 or ACK 0). */
    void start(long now);

    /**
     * Handles one datagram that arrived on the transfer's port.
     *
     * @param from the sender
     * @param datagram the bytes, position at the start; not kept
     * @param now the current time
     */
    void onDatagram(InetSocketAddress from, ByteBuffer datagram, long now);

    /** Acts on the deadline if it has passed: retransmits, gives up, or ends a dally. */
    void onTimeout(long now);

    /**
     * Ends the transfer from outside (shutdown, a bug), telling the client when it is still
     * waiting for something.
     */
    void abort(Outcome outcome, TftpErrorCode code, String message);

    /** @return when {@link #onTimeout} next has work to do */
    long deadlineNanos();

    /** @return true once the transfer has ended, however it ended */
    boolean isFinished();

    /** @return how it ended; {@code null} until {@link #isFinished()} */
    TransferResult result();

    /** @return the client's address and port */
    InetSocketAddress peer();
}
