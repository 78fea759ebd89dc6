package org.provgw.tftp.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.provgw.tftp.packet.TftpOptions;

/**
 * The RFC 2347 options a client puts in its read request. A zero (or {@code false}) means the
 * option is not asked for; {@link #NONE} gives a plain RFC 1350 request.
 *
 * @param blksize RFC 2348 block size, 8–65464, or 0
 * @param windowsize RFC 7440 window size, 1–65535, or 0
 * @param tsize whether to ask for the transfer size (RFC 2349, sent as {@code tsize 0})
 * @param timeoutSeconds RFC 2349 server retransmission timeout, 1–255, or 0
 */
public record RequestOptions(int blksize, int windowsize, boolean tsize, int timeoutSeconds) {

    /** No options at all: a plain RFC 1350 request. */
    public static final RequestOptions NONE = new RequestOptions(0, 0, false, 0);

    /** @throws IllegalArgumentException if a value is outside its RFC range */
    public RequestOptions {
        if (blksize != 0 && (blksize < TftpOptions.MIN_BLKSIZE || blksize > TftpOptions.MAX_BLKSIZE)) {
            throw new IllegalArgumentException("blksize must be 8-65464, was " + blksize);
        }
        if (windowsize < 0 || windowsize > 0xFFFF) {
            throw new IllegalArgumentException("windowsize must be 1-65535, was " + windowsize);
        }
        if (timeoutSeconds < 0 || timeoutSeconds > 255) {
            throw new IllegalArgumentException("timeout must be 1-255 seconds, was " + timeoutSeconds);
        }
    }

    /** @return true when at least one option is asked for, so the server may answer with an OACK */
    public boolean any() {
        return blksize != 0 || windowsize != 0 || tsize || timeoutSeconds != 0;
    }

    /** @return the options as they go on the wire, in a fixed order; immutable */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        if (blksize != 0) {
            map.put(TftpOptions.BLKSIZE, Integer.toString(blksize));
        }
        if (windowsize != 0) {
            map.put(TftpOptions.WINDOWSIZE, Integer.toString(windowsize));
        }
        if (tsize) {
            map.put(TftpOptions.TSIZE, "0");
        }
        if (timeoutSeconds != 0) {
            map.put(TftpOptions.TIMEOUT, Integer.toString(timeoutSeconds));
        }
        return Collections.unmodifiableMap(map);
    }
}
