package org.provgw.http.wire;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The status line and header fields of a response, encoded as ISO-8859-1 bytes. Always
 * {@code HTTP/1.1}, also to HTTP/1.0 clients (RFC 9110 §2.5: a server sends the highest minor
 * version it supports).
 */
public final class ResponseHead {

    private final HttpStatus status;
    private final List<Header> fields = new ArrayList<>(10);

    /** @param status the status */
    public ResponseHead(HttpStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /** @return the status */
    public HttpStatus status() {
        return status;
    }

    /** @return the fields added so far, in order */
    public List<Header> fields() {
        return List.copyOf(fields);
    }

    /**
     * @param name a field name (a token)
     * @param value the value; never from a client without checking
     * @return this head
     * @throws IllegalArgumentException if the value holds CR, LF or another control character:
     *     a field must never be able to start another one
     */
    public ResponseHead add(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                throw new IllegalArgumentException("invalid character in header " + name);
            }
        }
        fields.add(new Header(name, value));
        return this;
    }

    /** @return {@link #add} with a decimal value */
    public ResponseHead add(String name, long value) {
        fields.add(new Header(name, Long.toString(value)));
        return this;
    }

    /** @return the number of bytes {@link #writeTo} writes */
    public int encodedLength() {
        int length = 9 + 3 + 1 + status.reason().length() + 2 + 2;
        for (Header field : fields) {
            length += field.name().length() + 2 + field.value().length() + 2;
        }
        return length;
    }

    /**
     * @param out where to write; must have {@link #encodedLength()} bytes of room
     */
    public void writeTo(ByteBuffer out) {
        ascii(out, "HTTP/1.1 ");
        out.put((byte) ('0' + status.code() / 100))
                .put((byte) ('0' + status.code() / 10 % 10))
                .put((byte) ('0' + status.code() % 10))
                .put((byte) ' ');
        ascii(out, status.reason());
        crlf(out);
        for (Header field : fields) {
            ascii(out, field.name());
            out.put((byte) ':').put((byte) ' ');
            ascii(out, field.value());
            crlf(out);
        }
        crlf(out);
    }

    /** @return the encoded head in a buffer of its own, ready to read */
    public ByteBuffer encode() {
        ByteBuffer out = ByteBuffer.allocate(encodedLength());
        writeTo(out);
        return out.flip();
    }

    private static void ascii(ByteBuffer out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.put((byte) s.charAt(i));
        }
    }

    private static void crlf(ByteBuffer out) {
        out.put((byte) '\r').put((byte) '\n');
    }

    @Override
    public String toString() {
        return status.code() + " " + fields;
    }
}
