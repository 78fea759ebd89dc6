package org.provgw.tftp.transfer;

import java.nio.ByteBuffer;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.codec.TftpProtocolException;
import org.provgw.tftp.packet.ErrorPacket;

/** The access log's words for an ERROR a client sent to end its transfer. */
final class ErrorDatagrams {

    private ErrorDatagrams() {
    }

    /** @return e.g. {@code ERROR 8 option refused}, from a datagram whose opcode is ERROR */
    static String describe(ByteBuffer datagram) {
        try {
            return TftpCodec.decode(datagram.duplicate()) instanceof ErrorPacket e
                    ? "ERROR " + e.code().code() + " " + e.message() : "ERROR";
        } catch (TftpProtocolException e) {
            return "a malformed ERROR";
        }
    }
}
