package org.provgw.tftp.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.provgw.tftp.packet.TftpOptions;

/**
 * RFC 2347 negotiation for a write request. {@code blksize}, {@code windowsize}, {@code timeout}
 * and {@code utimeout} are granted exactly as for a read; {@code tsize} is the size the client
 * announces (RFC 2349: in a WRQ the client states it and the server echoes it in the OACK). An
 * option the limits refuse ({@code tftp.refuse-options}) is left out for writes as for reads:
 * a refused {@code tsize} is neither echoed nor believed.
 *
 * @param negotiated the values in force and the options to acknowledge, in the client's order
 * @param declaredSize the size the client announced, or -1 when it announced none
 */
public record WriteOptions(NegotiatedOptions negotiated, long declaredSize) {

    /** Longer than any size a file system holds: refused as malformed rather than overflowing. */
    private static final int MAX_DIGITS = 18;

    /**
     * @param requested the request's options, names lowercase
     * @param limits the server's bounds
     * @return the negotiated options
     */
    public static WriteOptions forWrite(Map<String, String> requested, TransferLimits limits) {
        Map<String, String> withoutSize = new LinkedHashMap<>(requested);
        withoutSize.remove(TftpOptions.TSIZE);
        NegotiatedOptions common = NegotiatedOptions.forRead(withoutSize, -1, limits);
        long declared = limits.refusedOptions().contains(TftpOptions.TSIZE) ? -1
                : parseSize(requested.get(TftpOptions.TSIZE));
        Map<String, String> ack = new LinkedHashMap<>();
        for (String name : requested.keySet()) {
            if (name.equals(TftpOptions.TSIZE)) {
                if (declared >= 0) {
                    ack.put(name, Long.toString(declared));
                }
            } else if (common.acknowledged().containsKey(name)) {
                ack.put(name, common.acknowledged().get(name));
            }
        }
        return new WriteOptions(new NegotiatedOptions(common.blksize(), common.windowsize(),
                common.timeoutNanos(), ack), declared);
    }

    private static long parseSize(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_DIGITS) {
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
