package org.provgw.tftp.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Builds datagrams byte by byte for codec tests: shorts, raw bytes and NUL-terminated strings. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Bytes opcode(int code) {
        return new Bytes().u16(code);
    }

    Bytes u16(int value) {
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    Bytes raw(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    /** ASCII text without a terminator. */
    Bytes text(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** NUL-terminated string. */
    Bytes str(String s) {
        return text(s).raw(0);
    }

    byte[] array() {
        return out.toByteArray();
    }

    ByteBuffer buffer() {
        return ByteBuffer.wrap(array());
    }

    static String hex(byte[] bytes, int limit) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length && i < limit; i++) {
            sb.append(String.format("%02x", bytes[i] & 0xff));
        }
        return bytes.length > limit ? sb + "…" : sb.toString();
    }
}
