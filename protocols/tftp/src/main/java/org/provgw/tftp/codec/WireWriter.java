package org.provgw.tftp.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte sink for encoding one packet. */
final class WireWriter {
    private byte[] bytes = new byte[64];
    private int length;

    void putShort(int value) {
        ensure(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    void put(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, length, data.length);
        length += data.length;
    }

    /** Writes a NUL-terminated UTF-8 string; an embedded NUL would end the string early, so it is dropped. */
    void putString(String s) {
        put(s.replace("\0", "").getBytes(StandardCharsets.UTF_8));
        ensure(1);
        bytes[length++] = 0;
    }

    ByteBuffer toBuffer() {
        return ByteBuffer.wrap(bytes, 0, length).slice();
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
