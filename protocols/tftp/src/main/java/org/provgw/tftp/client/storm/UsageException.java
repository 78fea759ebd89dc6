package org.provgw.tftp.client.storm;

/** A command line that cannot run: reported in one line, exit code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
