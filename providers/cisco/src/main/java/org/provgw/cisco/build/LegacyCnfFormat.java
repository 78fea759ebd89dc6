package org.provgw.cisco.build;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The binary record of a legacy SCCP {@code .cnf}, as far as public sources show it. The only
 * public sample is the byte dump of a {@code SEPDEFAULT.cnf} generator (cisco-tftp.md §4.2, S28),
 * made from CallManager 80.70.65.17, port 2000 and a directory URL:
 *
 * <pre>
 * offset  bytes                      meaning
 *  0      01 01 00                   unknown; written as in the sample
 *  3      01 02                      unknown; precedes the address (02 read as "IPv4 address follows")
 *  5      50 46 41 11                CallManager IPv4 address, network order (80.70.65.17)
 *  9      01 03                      unknown; precedes the port (03 read as "port follows")
 * 11      d0 07 00 00                TCP port, 32-bit little-endian (2000)
 * 15      04 07 00                   unknown; precedes the URL
 * 18      "http://…" 00              directory URL, ASCII, NUL-terminated
 *  n      00 00 01 ff                unknown trailer; written as in the sample
 * </pre>
 *
 * The address, port and URL are identified by their values; the constant bytes are reproduced
 * without a claim about their meaning. Not encoded because no sample shows how: backup
 * CallManagers, the load id (a {@code .cnf} phone learns it over SCCP, §4.1), the messages,
 * services and information URLs.
 */
final class LegacyCnfFormat {

    private static final byte[] HEADER = {0x01, 0x01, 0x00, 0x01, 0x02};
    private static final byte[] BEFORE_PORT = {0x01, 0x03};
    private static final byte[] BEFORE_URL = {0x04, 0x07, 0x00};
    private static final byte[] TRAILER = {0x00, 0x00, 0x01, (byte) 0xFF};
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private LegacyCnfFormat() {
    }

    /**
     * @param callManager the CallManager's IPv4 address in dotted-quad form (the record has no
     *     room for a host name, and rendering does no DNS look-up)
     * @param port its SCCP port
     * @param directoryUrl the directory URL, printable ASCII without spaces, may be empty
     * @return the record
     * @throws IllegalArgumentException if the address is not a dotted-quad IPv4 address or the URL
     *     has a character outside printable ASCII
     */
    static byte[] encode(String callManager, int port, String directoryUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + directoryUrl.length());
        out.writeBytes(HEADER);
        out.writeBytes(ipv4(callManager));
        out.writeBytes(BEFORE_PORT);
        out.write(port);
        out.write(port >>> 8);
        out.write(port >>> 16);
        out.write(port >>> 24);
        out.writeBytes(BEFORE_URL);
        out.writeBytes(ascii(directoryUrl));
        out.write(0);
        out.writeBytes(TRAILER);
        return out.toByteArray();
    }

    private static byte[] ipv4(String address) {
        Matcher m = IPV4.matcher(address.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a legacy .cnf needs the CallManager's IPv4 address, not '"
                    + address + "'");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(m.group(i + 1));
            if (octet > 255) {
                throw new IllegalArgumentException("not an IPv4 address: '" + address + "'");
            }
            bytes[i] = (byte) octet;
        }
        return bytes;
    }

    private static byte[] ascii(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new IllegalArgumentException(String.format(
                        "a legacy .cnf URL must be printable ASCII: U+%04X at position %d", (int) c, i + 1));
            }
        }
        return url.getBytes(StandardCharsets.US_ASCII);
    }
}
