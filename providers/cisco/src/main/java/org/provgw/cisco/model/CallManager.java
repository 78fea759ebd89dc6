package org.provgw.cisco.model;

import java.util.Objects;

/**
 * One call-processing node of a CallManager group.
 *
 * @param name the node's name in the cluster
 * @param address {@code processNodeName}: the IP address or host name phones connect to
 * @param description free text, may be empty
 * @param ports the ports it listens on
 */
public record CallManager(String name, String address, String description, CallManagerPorts ports) {

    /** @throws IllegalArgumentException if the address is blank */
    public CallManager {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ports, "ports");
        if (address.isBlank()) {
            throw new IllegalArgumentException("CallManager " + name + " has no address");
        }
    }
}
