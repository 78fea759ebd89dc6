package org.provgw.tftp.transfer;

import java.nio.ByteBuffer;

/**
 * Netascii back to local text for uploads (RFC 1350, via RFC 764): CR LF becomes LF and CR NUL
 * becomes CR, across block boundaries (a block may end between the two bytes of a pair). A CR
 * followed by anything else is kept as it is, and a CR at the very end is kept, as tftp-hpa
 * does, so that no byte a client sends is lost.
 */
public final class NetasciiDecoder {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private boolean pendingCr;

    /**
     * The largest output of one call: every input byte makes at most one output byte, plus the
     * CR held back from the previous block.
     *
     * @param inputLength the length of one block
     * @return the room {@link #decode} may need
     */
    public static int maxOutput(int inputLength) {
        return inputLength + 1;
    }

    /**
     * Decodes one block. A CR at its end is held back until the next block (or {@link #finish})
     * shows what follows it.
     *
     * @param in the block, position to limit; consumed
     * @param out where decoded bytes go, with room for {@link #maxOutput} bytes
     */
    public void decode(ByteBuffer in, ByteBuffer out) {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (pendingCr) {
                pendingCr = false;
                if (b == LF) {
                    out.put(LF);
                    continue;
                }
                out.put(CR);
                if (b == 0) {
                    continue;
                }
            }
            if (b == CR) {
                pendingCr = true;
            } else {
                out.put(b);
            }
        }
    }

    /**
     * Ends the text: a CR held back is written as it is.
     *
     * @param out where it goes, with room for one byte
     */
    public void finish(ByteBuffer out) {
        if (pendingCr) {
            pendingCr = false;
            out.put(CR);
        }
    }
}
