package org.provgw.http.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects one line of a request head across any number of reads. A line ends with CR LF or a
 * bare LF (RFC 9112 §2.2 lets a recipient accept LF alone); a CR followed by anything but LF,
 * and a NUL anywhere, are refused, since they are how request smuggling hides a line end.
 */
final class LineReader {

    /** The line is not complete; every byte given was consumed. */
    static final int MORE = 0;
    /** The line is complete; the bytes after it were not consumed. */
    static final int DONE = 1;
    /** The line is longer than the limit. */
    static final int TOO_LONG = 2;
    /** A NUL byte. */
    static final int NUL = 3;
    /** A CR not followed by LF. */
    static final int BARE_CR = 4;

    private byte[] bytes = new byte[128];
    private int length;
    private boolean afterCr;

    /**
     * @param in the bytes to read from; consumed up to and including the line end
     * @param limit the most bytes the line may hold, line end excluded
     * @return {@link #MORE}, {@link #DONE} or an error code
     */
    int read(ByteBuffer in, int limit) {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (afterCr) {
                afterCr = false;
                return b == '\n' ? DONE : BARE_CR;
            }
            if (b == '\n') {
                return DONE;
            }
            if (b == '\r') {
                afterCr = true;
            } else if (b == 0) {
                return NUL;
            } else if (length >= limit) {
                return TOO_LONG;
            } else {
                append(b);
            }
        }
        return MORE;
    }

    /**
     * Turns a {@link #read} result into "the line is done" or "not yet".
     *
     * @throws MalformedRequest on a NUL or a CR without LF
     */
    static boolean done(int result) throws MalformedRequest {
        return switch (result) {
            case DONE -> true;
            case MORE -> false;
            case NUL -> throw MalformedRequest.bad("NUL byte in request");
            case BARE_CR -> throw MalformedRequest.bad("CR without LF");
            default -> throw new IllegalStateException("line result " + result);
        };
    }

    private void append(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
    }

    /** @return the bytes of the line so far, line end excluded */
    int length() {
        return length;
    }

    /** @return whether any byte of a line, or a CR, has been read since the last reset */
    boolean started() {
        return length > 0 || afterCr;
    }

    /** @return the byte at {@code index}, unsigned */
    int at(int index) {
        return bytes[index] & 0xff;
    }

    /** @return the bytes {@code [from, to)} as ISO-8859-1 text (one char per byte) */
    String text(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** @return whether the bytes {@code [from, to)} equal the ASCII text {@code s} */
    boolean equalsAscii(int from, int to, String s) {
        if (to - from != s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (bytes[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets the line, ready for the next one. */
    void reset() {
        length = 0;
        afterCr = false;
        if (bytes.length > 4096) {
            bytes = new byte[128]; // one long line must not pin a large array for the connection's life
        }
    }
}
