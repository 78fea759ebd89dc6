package org.provgw.provider;

/**
 * The protocol a request arrived on. Providers may use it to vary their answer (a signed file
 * only over HTTPS, say); most ignore it.
 */
public enum Protocol {
    /** TFTP over UDP (RFC 1350 and its option extensions). */
    TFTP,
    /** Plain HTTP, Cisco's TCP 6970. */
    HTTP,
    /** HTTP over TLS, Cisco's TCP 6971. */
    HTTPS
}
