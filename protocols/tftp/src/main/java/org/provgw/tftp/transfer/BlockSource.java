package org.provgw.tftp.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The bytes of a transfer cut into blocks, so that any block still inside the current window can
 * be produced again for a retransmission without keeping the window in memory.
 */
public interface BlockSource {

    /**
     * Fills block {@code block} (1-based) into {@code dst} from its position, which advances by
     * the payload length.
     *
     * @param block the block index; at least the lowest block not yet released, and at most one
     *     past the highest block filled so far
     * @param dst the packet buffer, with room for {@code blksize} bytes
     * @param blksize the block size; a block shorter than it is the last one
     * @return the payload length, 0 to {@code blksize}
     * @throws IOException if the file cannot be read or changed size under the transfer
     */
    int fill(long block, ByteBuffer dst, int blksize) throws IOException;

    /**
     * Tells the source that blocks below {@code block} are acknowledged and will never be asked
     * for again.
     *
     * @param block the lowest block that may still be asked for
     */
    void release(long block);
}
