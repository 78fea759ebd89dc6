package org.provgw.tftp.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Where a {@link WriteTransfer} puts the bytes it receives, already decoded (netascii), in order
 * and each byte once. Called on the transfer's thread.
 */
public interface UploadSink {

    /**
     * Appends bytes. Expected to be quick (the page cache), since it runs on the transfer's
     * thread.
     *
     * @param bytes from the buffer's position to its limit; the position moves to the limit
     * @throws IOException if the bytes cannot be stored; the transfer then ends with an ERROR
     */
    void write(ByteBuffer bytes) throws IOException;

    /**
     * Starts making the complete upload durable and visible under its name. Returns at once: the
     * owner of the transfer later calls {@link WriteTransfer#onCommitted} or
     * {@link WriteTransfer#onCommitFailed} on the transfer's thread. Called at most once.
     */
    void commit();

    /**
     * The upload is complete and its final ACK is about to go out; what follows is only the dally
     * (waiting to answer a lost final ACK). Called at most once, on the transfer's thread.
     */
    void completed();
}
