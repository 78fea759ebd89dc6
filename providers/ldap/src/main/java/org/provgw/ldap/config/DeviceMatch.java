package org.provgw.ldap.config;

/** How a device entry is recognised from the MAC address in a requested file name. */
public enum DeviceMatch {
    /** RFC 2307 {@code macAddress} (on an {@code ieee802Device} entry), in any of its written forms. */
    MAC_ADDRESS,
    /** The entry's name attribute is {@code SEP<MAC>}, as CallManager names devices. */
    CN
}
