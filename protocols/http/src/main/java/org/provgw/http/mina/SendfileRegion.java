package org.provgw.http.mina;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.apache.mina.core.file.FileRegion;

/**
 * A part of a file that MINA sends with {@link FileChannel#transferTo} ({@code sendfile(2)}).
 * Unlike MINA's {@code DefaultFileRegion} it notices a file that shrank while being sent: a
 * transfer that moves nothing is followed by a size check, and a region that can never complete
 * reports itself done, short, instead of leaving MINA to retry it forever (it would take a zero
 * transfer for a full socket buffer and spin). The connection then sees {@link #complete()} false
 * and cuts the response off.
 */
final class SendfileRegion implements FileRegion {

    private final FileChannel channel;
    private final long end;
    private final long start;
    private long position;
    private boolean stalled;
    private boolean truncated;

    SendfileRegion(FileChannel channel, long position, long count) {
        this.channel = channel;
        this.start = position;
        this.position = position;
        this.end = position + count;
    }

    @Override
    public FileChannel getFileChannel() {
        return channel;
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void update(long amount) {
        position += amount;
        stalled = amount == 0;
    }

    @Override
    public long getRemainingBytes() {
        if (stalled && !truncated) {
            stalled = false;
            truncated = shrunk();
        }
        return truncated ? 0 : end - position;
    }

    private boolean shrunk() {
        try {
            return channel.size() < end;
        } catch (IOException e) {
            return true; // the channel is unusable: nothing more will come out of it
        }
    }

    @Override
    public long getWrittenBytes() {
        return position - start;
    }

    @Override
    public String getFilename() {
        return null;
    }

    /** @return whether every byte of the region was sent */
    boolean complete() {
        return position == end;
    }
}
