package org.provgw.tftp.codec;

import java.nio.ByteBuffer;
import org.provgw.tftp.packet.TftpOpcode;

/**
 * Allocation-free helpers for the hot path of a transfer (DATA headers out, ACK numbers in),
 * where building a packet record per block would only make garbage.
 */
public final class Wire {

    /** The length of a DATA or ACK header: opcode and block number. */
    public static final int HEADER = 4;

    private Wire() {
    }

    /**
     * Writes a DATA header at the start of {@code packet}.
     *
     * @param packet the packet buffer, at least 4 bytes
     * @param block the block number; only its low 16 bits go on the wire (rollover)
     */
    public static void putDataHeader(byte[] packet, long block) {
        packet[0] = 0;
        packet[1] = (byte) TftpOpcode.DATA.code();
        packet[2] = (byte) (block >>> 8);
        packet[3] = (byte) block;
    }

    /**
     * Writes a DATA header at index 0 of {@code packet}, whatever its position.
     *
     * @param packet the packet buffer, at least 4 bytes
     * @param block the block number; only its low 16 bits go on the wire (rollover)
     */
    public static void putDataHeader(ByteBuffer packet, long block) {
        packet.putShort(0, (short) TftpOpcode.DATA.code());
        packet.putShort(2, (short) block);
    }

    /**
     * Writes an ACK packet.
     *
     * @param packet a buffer of at least 4 bytes
     * @param block the block number; only its low 16 bits go on the wire
     */
    public static void putAck(byte[] packet, long block) {
        packet[0] = 0;
        packet[1] = (byte) TftpOpcode.ACK.code();
        packet[2] = (byte) (block >>> 8);
        packet[3] = (byte) block;
    }

    /**
     * @param datagram a received datagram, position at its start
     * @return the opcode value, or -1 if the datagram is shorter than 2 bytes
     */
    public static int opcode(ByteBuffer datagram) {
        return datagram.remaining() < 2 ? -1 : Short.toUnsignedInt(datagram.getShort(datagram.position()));
    }

    /**
     * @param datagram a received DATA or ACK datagram of at least 4 bytes, position at its start
     * @return the 16-bit block number
     */
    public static int block(ByteBuffer datagram) {
        return Short.toUnsignedInt(datagram.getShort(datagram.position() + 2));
    }
}
