package org.provgw.cisco.model;

import java.util.List;
import java.util.Objects;

/**
 * Survivable Remote Site Telephony: the gateway a phone falls back to when no CallManager answers.
 *
 * @param name the SRST reference's name
 * @param option CallManager's {@code srstOption}, e.g. {@code Disable}, {@code Enable},
 *     {@code Use Default Gateway}
 * @param addresses up to three SRST gateway addresses, in order
 * @param sccpPort the SCCP port of the gateways (2000)
 * @param sipPort the SIP port of the gateways (5060)
 */
public record Srst(String name, String option, List<String> addresses, int sccpPort, int sipPort) {

    /** @throws IllegalArgumentException if more than three addresses are given */
    public Srst {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(option, "option");
        addresses = List.copyOf(addresses);
        if (addresses.size() > 3) {
            throw new IllegalArgumentException("SRST " + name + " has more than 3 addresses");
        }
    }
}
