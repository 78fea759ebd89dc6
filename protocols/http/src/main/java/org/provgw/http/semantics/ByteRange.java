package org.provgw.http.semantics;

import java.util.Locale;
import java.util.Optional;

/**
 * The answer to a {@code Range} field (RFC 9110 §14.2) for a representation of a known size:
 * the whole file, one byte range of it, or nothing that can be sent.
 *
 * <p>Only single byte ranges are served as 206: {@code bytes=0-499}, {@code bytes=500-} (from an
 * offset to the end) and {@code bytes=-500} (the last 500 bytes). A request for several ranges is
 * answered with the whole file (200), which RFC 9110 allows and every client accepts; so is a
 * field with another unit or a syntax error, which RFC 9110 §14.2 says to ignore.
 */
public sealed interface ByteRange {

    /** Send the whole file with 200. */
    record Whole() implements ByteRange {
    }

    /**
     * Send bytes {@code first} to {@code last}, both included, with 206.
     *
     * @param first the offset of the first byte
     * @param last the offset of the last byte, {@code >= first}
     */
    record Partial(long first, long last) implements ByteRange {
        /** @return the number of bytes in the range */
        public long length() {
            return last - first + 1;
        }
    }

    /** No byte of the range exists: 416 with {@code Content-Range: bytes *}/size. */
    record Unsatisfiable() implements ByteRange {
    }

    /**
     * @param field the {@code Range} field value, if the request has one
     * @param size the size of the file
     * @return what to send
     */
    static ByteRange of(Optional<String> field, long size) {
        if (field.isEmpty()) {
            return new Whole();
        }
        String value = field.get().strip();
        if (value.length() < 6 || !value.substring(0, 6).toLowerCase(Locale.ROOT).equals("bytes=")) {
            return new Whole();
        }
        String set = value.substring(6);
        if (set.indexOf(',') >= 0) {
            return new Whole();
        }
        return single(set.strip(), size);
    }

    private static ByteRange single(String spec, long size) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        long first = digits(spec.substring(0, dash).strip());
        long last = digits(spec.substring(dash + 1).strip());
        boolean hasFirst = dash > 0;
        boolean hasLast = dash < spec.length() - 1;
        if ((hasFirst && first < 0) || (hasLast && last < 0) || (!hasFirst && !hasLast)) {
            return new Whole();
        }
        if (!hasFirst) {
            if (last == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(Math.max(0, size - last), size - 1);
        }
        if (hasLast && last < first) {
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Partial(first, hasLast ? Math.min(last, size - 1) : size - 1);
    }

    /** @return the value, {@link Long#MAX_VALUE} when too large, -1 when not 1*DIGIT */
    private static long digits(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            if (value > (Long.MAX_VALUE - 9) / 10) {
                value = Long.MAX_VALUE;
            } else if (value != Long.MAX_VALUE) {
                value = value * 10 + (c - '0');
            }
        }
        return value;
    }
}
