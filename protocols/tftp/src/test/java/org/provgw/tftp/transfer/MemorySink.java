package org.provgw.tftp.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/** An {@link UploadSink} that keeps what it is given, and can be told to fail. */
final class MemorySink implements UploadSink {

    final ByteArrayOutputStream content = new ByteArrayOutputStream();
    int writes;
    int commits;
    int completions;
    IOException failure;

    @Override
    public void write(ByteBuffer bytes) throws IOException {
        if (failure != null) {
            throw failure;
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        content.write(copy, 0, copy.length);
        writes++;
    }

    @Override
    public void commit() {
        commits++;
    }

    @Override
    public void completed() {
        completions++;
    }

    byte[] bytes() {
        return content.toByteArray();
    }
}
