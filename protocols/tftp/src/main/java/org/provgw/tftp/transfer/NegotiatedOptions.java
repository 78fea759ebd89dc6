package org.provgw.tftp.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.provgw.tftp.packet.TftpOptions;

/**
 * The outcome of RFC 2347 negotiation for one transfer: the values in force and the options to
 * acknowledge in an OACK (none means no OACK: the transfer starts with DATA 1, or ACK 0 for a
 * write).
 *
 * @param blksize the block size in force
 * @param windowsize the window size in force (1 = RFC 1350 lockstep)
 * @param timeoutNanos the initial retransmission timeout
 * @param acknowledged the options for the OACK, in the client's order; immutable
 */
public record NegotiatedOptions(int blksize, int windowsize, long timeoutNanos,
                                Map<String, String> acknowledged) {

    /** Copies the acknowledged options. */
    public NegotiatedOptions {
        acknowledged = Collections.unmodifiableMap(new LinkedHashMap<>(acknowledged));
    }

    /**
     * Negotiates a read transfer. Unknown options and values the RFCs do not allow are ignored
     * (left out of the OACK), which RFC 2347 permits and every client copes with, and so are the
     * options the limits refuse; values above the server's limits are lowered to them.
     *
     * @param requested the request's options, names lowercase
     * @param fileSize the size to report for {@code tsize}, or -1 when it is not known up front
     *     (netascii); tsize is acknowledged only for a known, non-zero size
     * @param limits the server's bounds
     * @return the negotiated options
     */
    public static NegotiatedOptions forRead(Map<String, String> requested, long fileSize,
                                            TransferLimits limits) {
        Map<String, String> ack = new LinkedHashMap<>();
        int blksize = TftpOptions.DEFAULT_BLKSIZE;
        int windowsize = 1;
        long timeoutNanos = limits.timeout().toNanos();
        for (Map.Entry<String, String> option : requested.entrySet()) {
            if (limits.refusedOptions().contains(option.getKey())) {
                continue; // tftpd-hpa --refuse: as if the server did not know the option
            }
            long value = parse(option.getValue());
            switch (option.getKey()) {
                case TftpOptions.BLKSIZE -> {
                    if (value >= TftpOptions.MIN_BLKSIZE) {
                        blksize = (int) Math.min(Math.min(value, TftpOptions.MAX_BLKSIZE), limits.maxBlksize());
                        ack.put(TftpOptions.BLKSIZE, Integer.toString(blksize));
                    }
                }
                case TftpOptions.WINDOWSIZE -> {
                    if (value >= 1 && value <= 65535) {
                        windowsize = (int) Math.min(value, limits.maxWindowsize());
                        ack.put(TftpOptions.WINDOWSIZE, Integer.toString(windowsize));
                    }
                }
                case TftpOptions.TIMEOUT -> {
                    if (value >= 1 && value <= 255) {
                        timeoutNanos = value * 1_000_000_000L;
                        ack.put(TftpOptions.TIMEOUT, Long.toString(value));
                    }
                }
                case TftpOptions.UTIMEOUT -> {
                    if (value >= 10_000 && value <= 255_000_000) {
                        timeoutNanos = value * 1_000L;
                        ack.put(TftpOptions.UTIMEOUT, Long.toString(value));
                    }
                }
                case TftpOptions.TSIZE -> {
                    // An empty file gets no tsize: curl refuses "tsize 0" in an OACK ("invalid
                    // tsize") and aborts, which it does against tftpd-hpa too. RFC 2347 lets the
                    // server leave any option out.
                    if (value >= 0 && fileSize > 0) {
                        ack.put(TftpOptions.TSIZE, Long.toString(fileSize));
                    }
                }
                default -> {
                    // RFC 2347: options the server does not know are left out of the OACK
                }
            }
        }
        return new NegotiatedOptions(blksize, windowsize, timeoutNanos, ack);
    }

    /** @return a compact description for the access log, e.g. {@code blksize=1428 windowsize=16} */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        acknowledged.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static long parse(String value) {
        if (value.isEmpty() || value.length() > 12) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(value);
    }
}
