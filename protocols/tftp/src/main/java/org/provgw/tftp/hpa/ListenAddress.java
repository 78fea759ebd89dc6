package org.provgw.tftp.hpa;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * tftpd-hpa's {@code --address [address][:port]} with {@code -4}/{@code -6}, as a
 * {@code tftp.listen} item and, where the family must be enforced, a {@code tftp.allow} list.
 *
 * <p>tftpd-hpa 5.2 opens an IPv4 and an IPv6 socket unless {@code -4}, {@code -6} or the address
 * itself picks one family. provgw listens on one socket: {@code 0.0.0.0} on the JVM's dual-stack
 * socket serves both families, exactly like tftpd-hpa's pair; a family alone is enforced by an
 * allowlist of the whole family ({@code 0.0.0.0/0} or {@code ::/0}), since Java cannot make a
 * socket IPv6-only.
 *
 * @param listen the {@code tftp.listen} item
 * @param allow the {@code tftp.allow} value the family asks for, if any
 */
record ListenAddress(String listen, Optional<String> allow) {

    private static final int TFTP_PORT = 69;
    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * @param address the {@code -a} value, empty when not given
     * @param family {@code -4}/{@code -6}
     * @return the listener
     * @throws TftpdUsageException with tftpd-hpa's message for what it would refuse
     */
    static ListenAddress of(Optional<String> address, TftpdOptions.Family family) throws TftpdUsageException {
        String text = address.orElse("");
        String host;
        String port;
        boolean v6Literal = text.startsWith("[");
        if (v6Literal) {
            int close = text.lastIndexOf(']');
            if (close < 0) {
                throw new TftpdUsageException("Numeric IPv6 addresses need to be enclosed in []: " + text);
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            port = rest.startsWith(":") ? rest.substring(1) : rest.isEmpty() ? "" : null;
            if (port == null) {
                throw new TftpdUsageException("cannot resolve local bind port: " + rest);
            }
        } else {
            if (text.indexOf(':') != text.lastIndexOf(':')) {
                throw new TftpdUsageException("Numeric IPv6 addresses need to be enclosed in []: " + text);
            }
            int colon = text.lastIndexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? "" : text.substring(colon + 1);
        }
        int number = port(port);
        boolean v4Literal = DOTTED_QUAD.matcher(host).matches();
        if (v6Literal && family == TftpdOptions.Family.V4) {
            throw new TftpdUsageException("Address " + host + " is not in address family AF_INET");
        }
        if (v4Literal && family == TftpdOptions.Family.V6) {
            throw new TftpdUsageException("Address " + host + " is not in address family AF_INET6");
        }
        if (v6Literal) {
            // tftpd-hpa makes the socket IPv6-only for -6 alone; [::] without it also takes IPv4
            return new ListenAddress("[" + host + "]:" + number, family == TftpdOptions.Family.V6
                    ? familyOnly(family) : Optional.empty());
        }
        if (host.isEmpty()) {
            return new ListenAddress("0.0.0.0:" + number, familyOnly(family));
        }
        return new ListenAddress(host + ":" + number, v4Literal ? Optional.empty() : familyOnly(family));
    }

    private static Optional<String> familyOnly(TftpdOptions.Family family) {
        return switch (family) {
            case V4 -> Optional.of("0.0.0.0/0");
            case V6 -> Optional.of("::/0");
            case ANY -> Optional.empty();
        };
    }

    /**
     * A number, or tftp, or nothing (the tftp port). Other service names would need
     * /etc/services. Port 0 (the system chooses) is accepted, unlike tftpd-hpa, for tests.
     */
    private static int port(String port) throws TftpdUsageException {
        if (port.isEmpty() || port.equals("tftp")) {
            return TFTP_PORT;
        }
        if (!port.chars().allMatch(Character::isDigit) || port.length() > 5 || Integer.parseInt(port) > 65535) {
            throw new TftpdUsageException("cannot resolve local bind port: " + port
                    + " (in.tftpd takes a port number or 'tftp')");
        }
        return Integer.parseInt(port);
    }
}
