package org.provgw.http.tls;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The little DER (ITU-T X.690) needed to rewrap PKCS#1 and SEC1 private keys as PKCS#8, which is
 * what the JDK's key factories read: reading one element, and writing a sequence, an integer, an
 * object identifier and an octet string.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    /** {@code [0]} constructed, explicit: SEC1's curve parameters. */
    static final int CONTEXT_0 = 0xa0;

    /** One element: its tag and its content bytes. */
    record Element(int tag, byte[] content) {
    }

    /** Reads elements one after another from a byte array. */
    static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean hasMore() {
            return position < bytes.length;
        }

        /**
         * @return the next element
         * @throws IllegalArgumentException if the bytes are not DER
         */
        Element next() {
            int tag = read();
            int length = read();
            if (length >= 0x80) {
                int octets = length & 0x7f;
                if (octets == 0 || octets > 3) {
                    throw new IllegalArgumentException("unsupported DER length");
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = length << 8 | read();
                }
            }
            if (length > bytes.length - position) {
                throw new IllegalArgumentException("truncated DER");
            }
            byte[] content = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return new Element(tag, content);
        }

        private int read() {
            if (position >= bytes.length) {
                throw new IllegalArgumentException("truncated DER");
            }
            return bytes[position++] & 0xff;
        }
    }

    private Der() {
    }

    static byte[] element(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        byte[] body = content.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 5);
        out.write(tag);
        if (body.length < 0x80) {
            out.write(body.length);
        } else if (body.length < 0x100) {
            out.write(0x81);
            out.write(body.length);
        } else if (body.length < 0x10000) {
            out.write(0x82);
            out.write(body.length >> 8);
            out.write(body.length);
        } else {
            out.write(0x83);
            out.write(body.length >> 16);
            out.write(body.length >> 8);
            out.write(body.length);
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        return element(SEQUENCE, parts);
    }

    static byte[] integerZero() {
        return new byte[] {INTEGER, 1, 0};
    }

    static byte[] nullValue() {
        return new byte[] {NULL, 0};
    }

    /** @param encoded an element as read, tag and content, written back whole */
    static byte[] encode(Element encoded) {
        return element(encoded.tag(), encoded.content());
    }
}
