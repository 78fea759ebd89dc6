package org.provgw.tftp.packet;

/**
 * ACK (RFC 1350 §5); block 0 acknowledges a WRQ or an OACK.
 *
 * @param block the 16-bit block number as on the wire
 */
public record Ack(int block) implements TftpPacket {

    /** @throws IllegalArgumentException if {@code block} is not a 16-bit unsigned value */
    public Ack {
        Data.checkBlock(block);
    }

    @Override
    public TftpOpcode opcode() {
        return TftpOpcode.ACK;
    }
}
