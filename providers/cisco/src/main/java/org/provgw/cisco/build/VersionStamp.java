package org.provgw.cisco.build;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The {@code versionStamp} of a built {@code SEP<MAC>.cnf.xml}: a digest of the rest of the file,
 * written in CallManager's {@code <number>-<uuid>} shape.
 *
 * <p>Why a digest and not the time, as CallManager does ({@code <epoch seconds>-<random uuid>}):
 * rendering is pure, so rebuilding unchanged records must give the same bytes — otherwise every
 * rebuild after a database poll would look like a change to caches, ETags and phones. A digest
 * gives both properties the phone relies on: any change to the content changes the stamp, and
 * the same content always has the same stamp. Phones compare the stamp for equality to tell a
 * new configuration from the one they run [inferred, cisco-tftp.md §3.1]; nothing is known to
 * read the number as a time, so it is not one.
 *
 * <p>The rule: serialize the document with an empty {@code versionStamp} element; take the
 * SHA-256 of those bytes; the number is the first four bytes read as an unsigned big-endian
 * integer (at most ten digits, like CallManager's epoch seconds); the UUID is the next sixteen
 * bytes with the RFC 9562 version set to 8 (application-defined) and the variant to {@code 10}.
 * Example: {@code 2383791620-5c1f0e3a-9b2d-8f11-a0c4-7d3e2b1a0f99}.
 */
final class VersionStamp {

    private VersionStamp() {
    }

    /**
     * @param unstamped the file's bytes with an empty {@code versionStamp}
     * @return the stamp for that content
     */
    static String of(byte[] unstamped) {
        ByteBuffer digest = ByteBuffer.wrap(sha256(unstamped));
        long number = Integer.toUnsignedLong(digest.getInt());
        long high = (digest.getLong() & ~0xF000L) | 0x8000L;
        long low = (digest.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return number + "-" + new UUID(high, low);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
