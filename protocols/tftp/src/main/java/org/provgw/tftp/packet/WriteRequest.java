package org.provgw.tftp.packet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** WRQ (RFC 1350 §5, options RFC 2347). */
public record WriteRequest(String filename, TransferMode mode, Map<String, String> options)
        implements Request {

    /** Copies the options, keeping their order. */
    public WriteRequest {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(mode, "mode");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    @Override
    public TftpOpcode opcode() {
        return TftpOpcode.WRQ;
    }
}
