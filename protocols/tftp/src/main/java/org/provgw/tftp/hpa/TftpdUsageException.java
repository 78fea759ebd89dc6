package org.provgw.tftp.hpa;

/** A tftpd-hpa command line that in.tftpd refuses, with the message to print. */
final class TftpdUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    TftpdUsageException(String message) {
        super(message);
    }
}
