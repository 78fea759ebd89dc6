package org.provgw.tftp.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.provgw.provider.ProvidedFile;

/** Octet mode: block N is the file's bytes at {@code (N-1) * blksize}, read positionally. */
public final class OctetSource implements BlockSource {

    private final ProvidedFile file;
    private final long size;

    /** @param file the file, whose {@link ProvidedFile#size()} is taken as the transfer size */
    public OctetSource(ProvidedFile file) {
        this.file = file;
        this.size = file.size();
    }

    @Override
    public int fill(long block, ByteBuffer dst, int blksize) throws IOException {
        long position = (block - 1) * blksize;
        int expected = (int) Math.max(0, Math.min(blksize, size - position));
        int start = dst.position();
        int limit = dst.limit();
        dst.limit(start + expected);
        try {
            while (dst.hasRemaining()) {
                if (file.read(dst, position + (dst.position() - start)) < 0) {
                    throw new IOException("file shrank during the transfer");
                }
            }
        } finally {
            dst.limit(limit);
        }
        return expected;
    }

    @Override
    public void release(long block) {
        // positional reads keep no state
    }
}
