package org.provgw.tftp.upload;

import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.TftpErrorCode;

/**
 * An upload that cannot go ahead, or cannot be stored: carries the TFTP error the client is told
 * and the outcome the access log records. The message is safe to send to the client.
 */
public final class UploadRefused extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient TftpErrorCode code;
    private final Outcome outcome;

    private UploadRefused(TftpErrorCode code, Outcome outcome, String message) {
        super(message);
        this.code = code;
        this.outcome = outcome;
    }

    /** ERROR 2: the name or place may not be written. */
    static UploadRefused denied(String message) {
        return new UploadRefused(TftpErrorCode.ACCESS_VIOLATION, Outcome.DENIED, message);
    }

    /** ERROR 1: the file (without {@code create}) or its directory does not exist. */
    static UploadRefused notFound(String message) {
        return new UploadRefused(TftpErrorCode.FILE_NOT_FOUND, Outcome.NOT_FOUND, message);
    }

    /** ERROR 6: the name is taken and the policy keeps what is there. */
    static UploadRefused exists() {
        return new UploadRefused(TftpErrorCode.FILE_EXISTS, Outcome.DENIED, TftpErrorCode.FILE_EXISTS.description());
    }

    /** ERROR 3 for a size over {@code tftp.upload.max-size}. */
    static UploadRefused tooLarge(long maxSize) {
        return new UploadRefused(TftpErrorCode.DISK_FULL, Outcome.DENIED,
                "Disk full or allocation exceeded: uploads are limited to " + maxSize + " bytes");
    }

    /** ERROR 3 for a full file system. */
    static UploadRefused diskFull() {
        return new UploadRefused(TftpErrorCode.DISK_FULL, Outcome.SERVER_ERROR, TftpErrorCode.DISK_FULL.description());
    }

    /** ERROR 0: the server failed; the client may try again. */
    static UploadRefused failed(String message) {
        return new UploadRefused(TftpErrorCode.NOT_DEFINED, Outcome.SERVER_ERROR, message);
    }

    /** @return the error code to send */
    public TftpErrorCode code() {
        return code;
    }

    /** @return the outcome to record */
    public Outcome outcome() {
        return outcome;
    }
}
