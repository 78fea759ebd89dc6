package org.provgw.tftp.packet;

import java.util.Map;

/** A read or write request (RRQ/WRQ) with its RFC 2347 options. */
public sealed interface Request extends TftpPacket permits ReadRequest, WriteRequest {

    /** @return the file name as sent, decoded as UTF-8 */
    String filename();

    /** @return the transfer mode */
    TransferMode mode();

    /** @return the options in the order sent, names lowercase, first occurrence kept; immutable */
    Map<String, String> options();
}
