package org.provgw.tftp.packet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OACK (RFC 2347): the options the server accepts, with the values it chose.
 *
 * @param options names lowercase, in order; immutable
 */
public record OptionAck(Map<String, String> options) implements TftpPacket {

    /** Copies the options, keeping their order. */
    public OptionAck {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    @Override
    public TftpOpcode opcode() {
        return TftpOpcode.OACK;
    }
}
