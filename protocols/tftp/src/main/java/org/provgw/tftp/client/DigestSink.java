package org.provgw.tftp.client;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hashes the content as it arrives (SHA-256) and compares it with an expected digest at the end. */
public final class DigestSink implements BlockSink {
    private final MessageDigest digest;
    private final byte[] expected;

    /** @param expected the SHA-256 of the expected content */
    public DigestSink(byte[] expected) {
        this.digest = sha256();
        this.expected = expected.clone();
    }

    /** @return a new SHA-256 digest; every Java platform has one */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    @Override
    public void accept(ByteBuffer payload) {
        digest.update(payload);
    }

    @Override
    public boolean complete() {
        return MessageDigest.isEqual(expected, digest.digest());
    }
}
