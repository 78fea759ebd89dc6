package org.provgw.tftp.packet;

/**
 * A decoded TFTP packet. Values only: encoding and decoding live in
 * {@link org.provgw.tftp.codec.TftpCodec}.
 */
public sealed interface TftpPacket permits Request, Data, Ack, ErrorPacket, OptionAck {

    /** @return the packet's opcode */
    TftpOpcode opcode();
}
