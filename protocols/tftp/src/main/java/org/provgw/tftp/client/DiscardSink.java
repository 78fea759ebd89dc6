package org.provgw.tftp.client;

import java.nio.ByteBuffer;

/** Keeps nothing: a load test that does not verify content. */
enum DiscardSink implements BlockSink {
    INSTANCE;

    @Override
    public void accept(ByteBuffer payload) {
        // nothing to keep
    }

    @Override
    public boolean complete() {
        return true;
    }
}
