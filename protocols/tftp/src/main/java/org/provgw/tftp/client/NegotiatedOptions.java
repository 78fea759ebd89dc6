package org.provgw.tftp.client;

import java.util.Map;
import org.provgw.tftp.packet.TftpOptions;

/**
 * The options in force after the server's OACK (RFC 2347): the server may only lower what was
 * asked (RFC 2348 blksize, RFC 7440 windowsize), must echo timeout (RFC 2349) and may only
 * answer options that were asked.
 *
 * @param blksize the block size to expect
 * @param windowsize blocks per ACK
 * @param reportedSize the transfer size the server announced, or -1
 */
record NegotiatedOptions(int blksize, int windowsize, long reportedSize) {

    /** What applies when the server answers a request with DATA directly (RFC 1350). */
    static final NegotiatedOptions PLAIN = new NegotiatedOptions(TftpOptions.DEFAULT_BLKSIZE, 1, -1);

    /** The server's OACK asks for something the client did not offer. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * @param asked the options the client sent
     * @param oack the options the server acknowledged (names lowercase)
     * @return the options in force
     * @throws Refused if an option was not asked or has a value outside what was asked
     */
    static NegotiatedOptions accept(RequestOptions asked, Map<String, String> oack) throws Refused {
        int blksize = TftpOptions.DEFAULT_BLKSIZE;
        int windowsize = 1;
        long reportedSize = -1;
        for (Map.Entry<String, String> option : oack.entrySet()) {
            String value = option.getValue();
            switch (option.getKey()) {
                case TftpOptions.BLKSIZE -> blksize = (int) within(option.getKey(), value,
                        asked.blksize() == 0 ? 0 : TftpOptions.MIN_BLKSIZE, asked.blksize());
                case TftpOptions.WINDOWSIZE -> windowsize = (int) within(option.getKey(), value,
                        asked.windowsize() == 0 ? 0 : 1, asked.windowsize());
                case TftpOptions.TIMEOUT -> within(option.getKey(), value,
                        asked.timeoutSeconds() == 0 ? 0 : 1, asked.timeoutSeconds());
                case TftpOptions.TSIZE -> reportedSize = within(option.getKey(), value,
                        asked.tsize() ? 0 : 1, asked.tsize() ? Long.MAX_VALUE : 0);
                default -> throw new Refused("option " + printable(option.getKey()) + " was not asked");
            }
        }
        return new NegotiatedOptions(blksize, windowsize, reportedSize);
    }

    /** An empty range (max below min) means the option was not asked. */
    private static long within(String name, String value, long min, long max) throws Refused {
        if (max < min || max == 0) {
            throw new Refused("option " + name + " was not asked");
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Refused("option " + name + " has a non-numeric value");
        }
        if (parsed < min || parsed > max) {
            throw new Refused("option " + name + "=" + parsed + " outside " + min + ".." + max);
        }
        return parsed;
    }

    private static String printable(String s) {
        return s.codePoints().limit(32).map(c -> c >= 0x20 && c < 0x7f ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
