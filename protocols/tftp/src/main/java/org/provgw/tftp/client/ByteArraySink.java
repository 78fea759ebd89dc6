package org.provgw.tftp.client;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Collects the whole content in memory: for tests and small files, not for load runs. */
public final class ByteArraySink implements BlockSink {
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();

    @Override
    public void accept(ByteBuffer payload) {
        byte[] bytes = new byte[payload.remaining()];
        payload.get(bytes);
        content.writeBytes(bytes);
    }

    @Override
    public boolean complete() {
        return true;
    }

    /** @return a copy of the bytes received so far */
    public byte[] toByteArray() {
        return content.toByteArray();
    }
}
