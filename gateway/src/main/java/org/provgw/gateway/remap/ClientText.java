package org.provgw.gateway.remap;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * The client's address as tftpd-hpa's {@code \i} and {@code \x} write it, computed on first use:
 * {@code \i} is {@code inet_ntop}'s text (192.0.2.169, 2001:db8::1, ::192.0.2.1 for an
 * IPv4-compatible address), {@code \x} the address bytes in upper-case hex (C00002A9, or 32
 * digits for IPv6). Java reports an IPv4-mapped IPv6 client as IPv4, as tftpd-hpa 5.3 and later do.
 */
final class ClientText {

    private final InetAddress address;
    private String dotted;
    private String hex;

    /** @param address the client's address */
    ClientText(InetAddress address) {
        this.address = address;
    }

    /** @return whether the client speaks IPv6 (the {@code 6} rule flag) */
    boolean isIpv6() {
        return !(address instanceof Inet4Address);
    }

    /** @return the {@code \i} text */
    String dotted() {
        if (dotted == null) {
            dotted = address instanceof Inet4Address ? address.getHostAddress() : ipv6(address.getAddress());
        }
        return dotted;
    }

    /** @return the {@code \x} text */
    String hex() {
        if (hex == null) {
            StringBuilder sb = new StringBuilder();
            for (byte b : address.getAddress()) {
                sb.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
            hex = sb.toString();
        }
        return hex;
    }

    /** glibc's inet_ntop for AF_INET6: the longest run of two or more zero words becomes "::". */
    static String ipv6(byte[] bytes) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && words[i] == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestBase = start;
                bestLength = i - start;
            }
        }
        if (bestLength < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLength) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLength == 6 || (bestLength == 5 && words[5] == 0xffff))) {
                sb.append(bytes[12] & 0xff).append('.').append(bytes[13] & 0xff).append('.')
                        .append(bytes[14] & 0xff).append('.').append(bytes[15] & 0xff);
                return sb.toString();
            }
            sb.append(Integer.toHexString(words[i]).toLowerCase(Locale.ROOT));
        }
        if (bestBase >= 0 && bestBase + bestLength == 8) {
            sb.append(':');
        }
        return sb.toString();
    }
}
