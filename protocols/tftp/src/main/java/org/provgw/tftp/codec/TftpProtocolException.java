package org.provgw.tftp.codec;

import org.provgw.tftp.packet.TftpErrorCode;

/**
 * Bytes that are not a valid TFTP packet, or a request the server cannot honour. Carries the
 * error code the peer is answered with.
 */
public class TftpProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient TftpErrorCode code;

    /**
     * @param code the code to answer with
     * @param message a short, peer-safe explanation
     */
    public TftpProtocolException(TftpErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** @return the error code to answer with */
    public TftpErrorCode code() {
        return code;
    }
}
