package org.provgw.tftp.packet;

import java.util.Objects;

/**
 * ERROR (RFC 1350 §5).
 *
 * @param code the error code
 * @param message the human-readable message (may be empty)
 */
public record ErrorPacket(TftpErrorCode code, String message) implements TftpPacket {

    public ErrorPacket {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param code the error code
     * @return an error carrying the code's RFC description as its message
     */
    public static ErrorPacket of(TftpErrorCode code) {
        return new ErrorPacket(code, code.description());
    }

    @Override
    public TftpOpcode opcode() {
        return TftpOpcode.ERROR;
    }
}
