package org.provgw.tftp.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An address prefix such as {@code 10.1.0.0/16} or {@code 2001:db8::/32}; a bare address is a
 * prefix of its full length ({@code /32} or {@code /128}). Only literals are accepted: an
 * allowlist that depends on name resolution would change behind the operator's back.
 *
 * @param network the first address of the block, with every host bit zero
 * @param prefixLength the number of leading bits that must match
 */
record CidrBlock(InetAddress network, int prefixLength) {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    CidrBlock {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " outside 0-" + bits);
        }
    }

    /**
     * @param text {@code address/length} or a bare address; IPv6 without brackets
     * @return the block
     * @throws IllegalArgumentException with a message fit for a configuration error
     */
    static CidrBlock parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress network = literal(address, text);
        int bits = network.getAddress().length * 8;
        int length = slash < 0 ? bits : prefixLength(text.substring(slash + 1), bits, text);
        byte[] masked = mask(network.getAddress(), length);
        if (!Arrays.equals(masked, network.getAddress())) {
            throw new IllegalArgumentException("'" + text + "' has host bits set; the block is "
                    + format(toAddress(masked), length));
        }
        return new CidrBlock(network, length);
    }

    /**
     * @param address a client address
     * @return true if it lies in this block; an IPv4 address never lies in an IPv6 block, nor
     *     the other way round
     */
    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        byte[] prefix = network.getAddress();
        if (candidate.length != prefix.length) {
            return false;
        }
        return Arrays.equals(mask(candidate, prefixLength), prefix);
    }

    @Override
    public String toString() {
        return format(network, prefixLength);
    }

    private static String format(InetAddress network, int length) {
        return network.getHostAddress() + "/" + length;
    }

    /** Parses literals only: anything else would be looked up in DNS by {@link InetAddress#getByName}. */
    private static InetAddress literal(String address, String text) {
        boolean v6 = address.indexOf(':') >= 0;
        if (!(v6 ? address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                : DOTTED_QUAD.matcher(address).matches())) {
            throw new IllegalArgumentException("'" + text + "' is not an address block such as 10.0.0.0/8 or"
                    + " 2001:db8::/32");
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid address");
        }
    }

    private static int prefixLength(String length, int bits, String text) {
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "': the prefix length must be a number 0-" + bits);
        }
        int value = Integer.parseInt(length);
        if (value > bits) {
            throw new IllegalArgumentException("'" + text + "': the prefix length must be 0-" + bits);
        }
        return value;
    }

    private static byte[] mask(byte[] address, int length) {
        byte[] masked = address.clone();
        for (int i = 0; i < masked.length; i++) {
            int keep = Math.max(0, Math.min(8, length - i * 8));
            masked[i] &= (byte) (0xFF << (8 - keep));
        }
        return masked;
    }

    private static InetAddress toAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
        }
    }
}
