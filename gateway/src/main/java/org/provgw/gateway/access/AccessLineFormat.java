package org.provgw.gateway.access;

import java.util.Locale;
import java.util.regex.Pattern;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.SocketAddresses;

/**
 * The access-log line of one transfer, fixed fields in a fixed order so that {@code awk} and log
 * shippers can split it:
 * <pre>
 * tftp 192.0.2.7:49152 "SEP0011AABBCC01.cnf.xml" provider=fs bytes=4521 blocks=9 retransmits=0 ms=3 result=completed detail="blksize=1428"
 * </pre>
 * The file name and the detail are always quoted and escaped ({@link LogText}); the provider is
 * quoted too when it holds anything but letters, digits, {@code .}, {@code _} and {@code -}.
 * The result is the {@link org.provgw.protocol.Outcome} in lowercase with {@code -} for {@code _}.
 */
public final class AccessLineFormat {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]+");

    private AccessLineFormat() {
    }

    /**
     * @param record a finished transfer
     * @return its log line, without a line terminator
     */
    public static String format(AccessRecord record) {
        return record.protocol().name().toLowerCase(Locale.ROOT)
                + ' ' + SocketAddresses.format(record.client())
                + ' ' + LogText.quote(record.file())
                + " provider=" + token(record.provider())
                + " bytes=" + record.bytes()
                + " blocks=" + record.blocks()
                + " retransmits=" + record.retransmits()
                + " ms=" + record.millis()
                + " result=" + record.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " detail=" + LogText.quote(record.detail());
    }

    private static String token(String value) {
        return TOKEN.matcher(value).matches() ? value : LogText.quote(value);
    }
}
