package org.provgw.http.wire;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and mutated bytes: the parser never throws, and always consumes or refuses. */
class RequestParserFuzzTest {

    private static final byte[] SEED = Feed.ascii("GET /SEP0011AABBCC01.cnf.xml HTTP/1.1\r\nHost: h:6970\r\n"
            + "Range: bytes=0-10\r\nContent-Length: 3\r\n\r\nabc"
            + "POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n");

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20261204);
        for (int round = 0; round < 3000; round++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            feedInRandomSlices(bytes, random);
        }
    }

    @Test
    void mutatedRequestsNeverThrow() {
        Random random = new Random(5);
        for (int round = 0; round < 20000; round++) {
            byte[] bytes = SEED.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                int at = random.nextInt(bytes.length);
                bytes[at] = switch (random.nextInt(4)) {
                    case 0 -> (byte) random.nextInt(256);
                    case 1 -> (byte) "\r\n :\t0,;-".charAt(random.nextInt(9));
                    case 2 -> 0;
                    default -> (byte) (bytes[at] ^ 0x20);
                };
            }
            feedInRandomSlices(bytes, random);
        }
    }

    private static void feedInRandomSlices(byte[] bytes, Random random) {
        RequestParser parser = new RequestParser(new ParseLimits(64, 32, 4, 128, 16));
        int from = 0;
        while (from < bytes.length) {
            int size = 1 + random.nextInt(Math.min(64, bytes.length - from));
            ByteBuffer slice = ByteBuffer.wrap(bytes, from, size);
            while (slice.hasRemaining()) {
                ParseEvent event = parser.parse(slice);
                if (!(event instanceof RequestHead)) {
                    assertTrue(!slice.hasRemaining() || event instanceof ParseEvent.Malformed);
                    break;
                }
            }
            if (parser.spent() && slice.hasRemaining()) {
                return;
            }
            from += size;
        }
    }
}
