package org.provgw.tftp.packet;

/**
 * A TFTP error code. The known codes are constants (RFC 1350 §5 for 0–7, RFC 2347 for 8); an
 * unknown code read from the wire is a value too, never an exception.
 *
 * @param code the 16-bit value on the wire
 * @param description the RFC's wording, used when no message is given
 */
public record TftpErrorCode(int code, String description) {

    public static final TftpErrorCode NOT_DEFINED = new TftpErrorCode(0, "Not defined");
    public static final TftpErrorCode FILE_NOT_FOUND = new TftpErrorCode(1, "File not found");
    public static final TftpErrorCode ACCESS_VIOLATION = new TftpErrorCode(2, "Access violation");
    public static final TftpErrorCode DISK_FULL = new TftpErrorCode(3, "Disk full or allocation exceeded");
    public static final TftpErrorCode ILLEGAL_OPERATION = new TftpErrorCode(4, "Illegal TFTP operation");
    public static final TftpErrorCode UNKNOWN_TID = new TftpErrorCode(5, "Unknown transfer ID");
    public static final TftpErrorCode FILE_EXISTS = new TftpErrorCode(6, "File already exists");
    public static final TftpErrorCode NO_SUCH_USER = new TftpErrorCode(7, "No such user");
    /** RFC 2347: the client refuses the options the server acknowledged. */
    public static final TftpErrorCode OPTION_REFUSED = new TftpErrorCode(8, "Option negotiation refused");

    private static final TftpErrorCode[] KNOWN = {NOT_DEFINED, FILE_NOT_FOUND, ACCESS_VIOLATION,
        DISK_FULL, ILLEGAL_OPERATION, UNKNOWN_TID, FILE_EXISTS, NO_SUCH_USER, OPTION_REFUSED};

    /**
     * @param code a 16-bit value read from the wire
     * @return the known constant, or a new value described as unknown
     */
    public static TftpErrorCode valueOf(int code) {
        if (code >= 0 && code < KNOWN.length) {
            return KNOWN[code];
        }
        return new TftpErrorCode(code, "Unknown error " + code);
    }
}
