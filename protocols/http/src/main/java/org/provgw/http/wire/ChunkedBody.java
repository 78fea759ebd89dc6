package org.provgw.http.wire;

import java.nio.ByteBuffer;

/**
 * A chunked request body (RFC 9112 §7.1), read and discarded: chunk sizes in hexadecimal with
 * their extensions ignored, the data, the CRLF after it, then the trailer fields after the last,
 * empty chunk. The total is held to the body limit (413) and the trailers to the header limit
 * (431). One per request; not thread-safe.
 */
final class ChunkedBody {

    /** Longest chunk-size line, chunk extensions included. */
    private static final int MAX_CHUNK_LINE = 1024;
    /** More hexadecimal digits than this is a chunk nobody accepts. */
    private static final int MAX_CHUNK_DIGITS = 15;

    private enum State { SIZE, DATA, DATA_END, TRAILERS }

    private final LineReader line;
    private final long bodyLimit;
    private final int trailerLimit;
    private State state = State.SIZE;
    private long remaining;
    private long total;
    private int trailerBytes;

    /**
     * @param line the parser's line reader, empty
     * @param bodyLimit the largest body accepted
     * @param trailerLimit the largest trailer section accepted
     */
    ChunkedBody(LineReader line, long bodyLimit, int trailerLimit) {
        this.line = line;
        this.bodyLimit = bodyLimit;
        this.trailerLimit = trailerLimit;
    }

    /**
     * @param in bytes to read from; consumed up to the end of the body at most
     * @return whether the body has ended
     * @throws MalformedRequest if the body is malformed or too large
     */
    boolean read(ByteBuffer in) throws MalformedRequest {
        while (in.hasRemaining()) {
            switch (state) {
                case SIZE -> size(in);
                case DATA -> data(in);
                case DATA_END -> dataEnd(in);
                case TRAILERS -> {
                    if (trailer(in)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void size(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, MAX_CHUNK_LINE);
        if (result == LineReader.TOO_LONG) {
            throw MalformedRequest.bad("chunk size line too long");
        }
        if (!LineReader.done(result)) {
            return;
        }
        long size = sizeValue();
        line.reset();
        if (size == 0) {
            state = State.TRAILERS;
            return;
        }
        total += size;
        if (total > bodyLimit) {
            throw new MalformedRequest(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
        }
        remaining = size;
        state = State.DATA;
    }

    /** {@code chunk-size [ BWS ";" chunk-ext ]}: the extensions are ignored. */
    private long sizeValue() throws MalformedRequest {
        int digits = 0;
        while (digits < line.length() && Character.digit(line.at(digits), 16) >= 0) {
            digits++;
        }
        if (digits == 0) {
            throw MalformedRequest.bad("malformed chunk size");
        }
        for (int i = digits; i < line.length(); i++) {
            int b = line.at(i);
            if (b == ';') {
                break;
            }
            if (!Tokens.isWhitespace(b)) {
                throw MalformedRequest.bad("malformed chunk size");
            }
        }
        int first = 0;
        while (first < digits - 1 && line.at(first) == '0') {
            first++;
        }
        if (digits - first > MAX_CHUNK_DIGITS) {
            throw new MalformedRequest(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
        }
        return Long.parseLong(line.text(first, digits), 16);
    }

    private void data(ByteBuffer in) {
        int n = (int) Math.min(remaining, in.remaining());
        in.position(in.position() + n);
        remaining -= n;
        if (remaining == 0) {
            state = State.DATA_END;
        }
    }

    private void dataEnd(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, 0);
        if (result == LineReader.TOO_LONG) {
            throw MalformedRequest.bad("chunk longer than its size");
        }
        if (LineReader.done(result)) {
            line.reset();
            state = State.SIZE;
        }
    }

    private boolean trailer(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, Math.max(0, trailerLimit - trailerBytes - 2));
        if (result == LineReader.TOO_LONG) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "trailer section too large");
        }
        if (!LineReader.done(result)) {
            return false;
        }
        trailerBytes += line.length() + 2;
        if (trailerBytes > trailerLimit) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "trailer section too large");
        }
        boolean last = line.length() == 0;
        line.reset();
        return last;
    }
}
