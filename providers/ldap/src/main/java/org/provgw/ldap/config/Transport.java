package org.provgw.ldap.config;

/** How the connection to the directory is protected. */
public enum Transport {
    /** {@code ldap://} without StartTLS: only for a directory on the same host or a trusted net. */
    PLAIN,
    /** {@code ldaps://}: TLS from the first byte. */
    LDAPS,
    /** {@code ldap://} upgraded with the StartTLS extended operation before the bind. */
    START_TLS
}
