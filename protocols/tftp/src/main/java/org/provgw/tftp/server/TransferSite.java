package org.provgw.tftp.server;

import java.nio.ByteBuffer;
import java.util.function.LongConsumer;
import org.provgw.tftp.transfer.Transfer;
import org.provgw.tftp.transfer.TransferPort;

/**
 * Where a transfer's state machine runs, as the code that builds it sees it: the port its packets
 * go out through (its own socket, or a shared listening socket), the buffer of its loop, and a
 * way back onto its loop's thread for work done elsewhere. Whichever socket carries it, a read
 * or an upload is built the same way.
 */
interface TransferSite extends TransferPort {

    /** @return the buffer the loop's transfers build DATA packets in (or decode netascii into); loop thread only */
    ByteBuffer packetBuffer();

    /**
     * Runs {@code event} with the current time on the transfer's loop thread, then looks at the
     * transfer as after any event. Dropped when the transfer has ended by then, or the loop is
     * stopping (it ends the transfer itself). Any thread.
     */
    void post(LongConsumer event);

    /** @return the state machine, once attached */
    Transfer transfer();
}
