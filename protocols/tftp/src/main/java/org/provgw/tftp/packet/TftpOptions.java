package org.provgw.tftp.packet;

/** Option names, lowercase as the codec normalizes them. */
public final class TftpOptions {
    /** RFC 2348: data block size, 8–65464 octets. */
    public static final String BLKSIZE = "blksize";
    /** RFC 2349: transfer size in octets (0 in a read request asks the server for it). */
    public static final String TSIZE = "tsize";
    /** RFC 2349: retransmission timeout, 1–255 seconds. */
    public static final String TIMEOUT = "timeout";
    /** tftp-hpa extension: retransmission timeout in microseconds. */
    public static final String UTIMEOUT = "utimeout";
    /** RFC 7440: number of blocks sent before waiting for an ACK, 1–65535. */
    public static final String WINDOWSIZE = "windowsize";

    /** RFC 2348 bounds of blksize. */
    public static final int MIN_BLKSIZE = 8;
    public static final int MAX_BLKSIZE = 65464;
    /** RFC 1350's fixed block size, used when blksize is not negotiated. */
    public static final int DEFAULT_BLKSIZE = 512;

    private TftpOptions() {
    }
}
