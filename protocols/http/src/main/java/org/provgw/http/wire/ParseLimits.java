package org.provgw.http.wire;

/**
 * How much of a request the parser accepts before it answers with an error status.
 *
 * @param requestLine the longest request line in bytes; beyond it 414 when the target is what is
 *     long, 400 otherwise
 * @param uri the longest request target in bytes, as sent (percent-encoded); beyond it 414
 * @param headerCount the most header fields; beyond it 431
 * @param headerBytes the largest header section in bytes, line ends included; beyond it 431
 * @param body the largest request body in bytes (read and discarded: GET and HEAD carry none
 *     that means anything); beyond it 413
 */
public record ParseLimits(int requestLine, int uri, int headerCount, int headerBytes, long body) {

    /** The defaults of the {@code http.max-*} keys. */
    public static final ParseLimits DEFAULTS = new ParseLimits(8192, 4096, 100, 16384, 65536);

    /** @throws IllegalArgumentException if a limit is not positive (the body limit may be 0) */
    public ParseLimits {
        if (requestLine < 16 || uri < 1 || headerCount < 1 || headerBytes < 16 || body < 0) {
            throw new IllegalArgumentException("limits out of range: " + requestLine + ", " + uri + ", "
                    + headerCount + ", " + headerBytes + ", " + body);
        }
    }
}
