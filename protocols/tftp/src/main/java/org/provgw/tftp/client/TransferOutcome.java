package org.provgw.tftp.client;

import org.provgw.tftp.packet.TftpErrorCode;

/** How one client transfer ended. */
public sealed interface TransferOutcome {

    /** @return a short label for grouping failures in a report, e.g. {@code error 1 File not found} */
    String label();

    /** The whole file arrived (and matched, when verified). */
    record Ok() implements TransferOutcome {
        @Override
        public String label() {
            return "ok";
        }
    }

    /**
     * The server answered with ERROR.
     *
     * @param code the error code
     * @param message the server's message
     */
    record ServerError(TftpErrorCode code, String message) implements TransferOutcome {
        @Override
        public String label() {
            return "error " + code.code() + " " + message;
        }
    }

    /** Retries ran out without progress. */
    record TimedOut() implements TransferOutcome {
        @Override
        public String label() {
            return "timeout";
        }
    }

    /** The bytes received differ from the expected content. */
    record VerifyMismatch() implements TransferOutcome {
        @Override
        public String label() {
            return "verify-mismatch";
        }
    }

    /**
     * The server broke the protocol (malformed or unexpected packet, an OACK the client refuses);
     * the client answered with an ERROR and gave up.
     *
     * @param detail what was wrong
     */
    record ProtocolViolation(String detail) implements TransferOutcome {
        @Override
        public String label() {
            return "protocol: " + detail;
        }
    }

    /**
     * A local socket failed.
     *
     * @param detail the exception text
     */
    record LocalFailure(String detail) implements TransferOutcome {
        @Override
        public String label() {
            return "local: " + detail;
        }
    }
}
