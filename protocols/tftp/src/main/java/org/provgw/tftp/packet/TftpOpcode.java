package org.provgw.tftp.packet;

import java.util.Optional;

/** TFTP opcodes: RFC 1350 §5 (1–5) and RFC 2347 (6, OACK). */
public enum TftpOpcode {
    RRQ(1), WRQ(2), DATA(3), ACK(4), ERROR(5), OACK(6);

    private final int code;

    TftpOpcode(int code) {
        this.code = code;
    }

    /** @return the 16-bit value on the wire */
    public int code() {
        return code;
    }

    /**
     * @param code a 16-bit value read from the wire
     * @return the opcode, or empty for a value no RFC defines
     */
    public static Optional<TftpOpcode> of(int code) {
        for (TftpOpcode op : values()) {
            if (op.code == code) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }
}
