package org.provgw.tftp.packet;

import java.util.Arrays;

/**
 * DATA (RFC 1350 §5). The payload is copied in and out, so the record stays immutable and
 * compares by content.
 *
 * @param block the 16-bit block number as on the wire
 * @param payload the data, 0 to blksize bytes
 */
public record Data(int block, byte[] payload) implements TftpPacket {

    /** @throws IllegalArgumentException if {@code block} is not a 16-bit unsigned value */
    public Data {
        checkBlock(block);
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the payload length, without copying */
    public int length() {
        return payload.length;
    }

    @Override
    public TftpOpcode opcode() {
        return TftpOpcode.DATA;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Data d && d.block == block && Arrays.equals(d.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * block + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Data[block=" + block + ", length=" + payload.length + "]";
    }

    static void checkBlock(int block) {
        if (block < 0 || block > 0xFFFF) {
            throw new IllegalArgumentException("block number out of range: " + block);
        }
    }
}
