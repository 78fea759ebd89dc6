package org.provgw.provider;

/**
 * The name prefixes that make a requested file name device-specific: the prefix is followed by
 * the device's 12-digit MAC address.
 */
public enum DevicePrefix {
    /** Cisco "Station IP" phones, SCCP and SIP: {@code SEP<MAC>.cnf.xml}. */
    SEP,
    /** 7940/7960 phones running SIP firmware: {@code SIP<MAC>.cnf}. */
    SIP,
    /** The per-device Certificate Trust List, {@code CTLSEP<MAC>.tlv}. */
    CTLSEP,
    /** The per-device Identity Trust List, {@code ITLSEP<MAC>.tlv}. */
    ITLSEP,
    /** Cisco analog telephone adaptors: {@code ATA<MAC>.cnf.xml}. */
    ATA;

    /**
     * The prefix of the device's own name: {@code SEP} for the trust-list prefixes, which name
     * files of a {@code SEP} device, and the prefix itself otherwise.
     *
     * @return the device-name prefix, never {@code null}
     */
    public DevicePrefix devicePrefix() {
        return this == CTLSEP || this == ITLSEP ? SEP : this;
    }
}
