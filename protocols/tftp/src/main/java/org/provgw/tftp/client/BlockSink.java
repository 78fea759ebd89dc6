package org.provgw.tftp.client;

import java.nio.ByteBuffer;

/**
 * Receives the payload of each in-order DATA block of one transfer, on the client's I/O thread.
 */
public interface BlockSink {

    /**
     * @param payload the block's bytes from position to limit; valid only during the call (the
     *     buffer is reused for the next datagram), so copy what must be kept
     */
    void accept(ByteBuffer payload);

    /**
     * Called once, after the last block.
     *
     * @return false when the content does not match what was expected
     */
    boolean complete();

    /** @return a sink that keeps nothing and accepts any content */
    static BlockSink discard() {
        return DiscardSink.INSTANCE;
    }
}
