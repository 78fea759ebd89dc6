package org.provgw.tftp.server;

import java.io.IOException;

/** Every port of {@code tftp.port-range} is in use on the address a socket was asked for. */
final class PortsExhaustedException extends IOException {

    private static final long serialVersionUID = 1L;

    PortsExhaustedException(PortRange range) {
        super("no free port in tftp.port-range " + range);
    }
}
