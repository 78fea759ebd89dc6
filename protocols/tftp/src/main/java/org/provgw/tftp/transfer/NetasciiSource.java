package org.provgw.tftp.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.provgw.provider.ProvidedFile;

/**
 * Netascii mode (RFC 1350, via RFC 764): the file is converted as it is sent, LF to CR LF and a
 * bare CR to CR NUL, as tftp-hpa does. The converted length is not known up front; a checkpoint
 * (source offset, half-written pair) is kept for each block of the window so that a block can be
 * produced again for a retransmission.
 */
public final class NetasciiSource implements BlockSource {

    private static final int NONE = -1;
    private static final byte CR = '\r';

    private record Checkpoint(long sourceOffset, int pending) {
    }

    private final ProvidedFile file;
    private final Map<Long, Checkpoint> checkpoints = new HashMap<>();
    private byte[] chunk = new byte[0];

    /** @param file the file to convert */
    public NetasciiSource(ProvidedFile file) {
        this.file = file;
        checkpoints.put(1L, new Checkpoint(0, NONE));
    }

    @Override
    public int fill(long block, ByteBuffer dst, int blksize) throws IOException {
        Checkpoint start = checkpoints.get(block);
        if (start == null) {
            throw new IllegalStateException("block " + block + " is outside the window");
        }
        if (chunk.length < blksize) {
            chunk = new byte[blksize];
        }
        int out = 0;
        int pending = start.pending();
        long source = start.sourceOffset();
        if (pending != NONE) {
            dst.put((byte) pending);
            out++;
            pending = NONE;
        }
        while (out < blksize) {
            int n = readChunk(source, Math.min(chunk.length, blksize - out));
            if (n <= 0) {
                break;
            }
            int used = 0;
            while (used < n && out < blksize) {
                byte b = chunk[used++];
                if (b == '\n' || b == CR) {
                    dst.put(CR);
                    out++;
                    int second = b == '\n' ? '\n' : 0;
                    if (out < blksize) {
                        dst.put((byte) second);
                        out++;
                    } else {
                        pending = second;
                    }
                } else {
                    dst.put(b);
                    out++;
                }
            }
            source += used;
        }
        checkpoints.put(block + 1, new Checkpoint(source, pending));
        return out;
    }

    @Override
    public void release(long block) {
        checkpoints.keySet().removeIf(b -> b < block);
    }

    private int readChunk(long position, int length) throws IOException {
        return file.read(ByteBuffer.wrap(chunk, 0, length), position);
    }
}
