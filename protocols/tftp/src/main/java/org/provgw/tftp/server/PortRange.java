package org.provgw.tftp.server;

/**
 * The local ports transfers and refusals may use ({@code tftp.port-range}, tftpd-hpa's
 * {@code --port-range}), both ends included.
 *
 * @param low the first port, 1 or more
 * @param high the last port, {@code low} to 65535
 */
record PortRange(int low, int high) {

    PortRange {
        if (low < 1 || high > 65535 || low > high) {
            throw new IllegalArgumentException("expected low:high with 1 <= low <= high <= 65535");
        }
    }

    /**
     * @param text {@code low:high}, e.g. {@code 50000:50999}
     * @return the range
     * @throws IllegalArgumentException with a message fit for a configuration error
     */
    static PortRange parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected low:high, e.g. 50000:50999");
        }
        return new PortRange(port(text.substring(0, colon).trim()), port(text.substring(colon + 1).trim()));
    }

    /** @return the number of ports in the range */
    int size() {
        return high - low + 1;
    }

    /**
     * @param index 0 to {@code size() - 1}
     * @return the port at that offset from {@link #low()}
     */
    int port(int index) {
        return low + index;
    }

    @Override
    public String toString() {
        return low + ":" + high;
    }

    private static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected low:high with ports 1-65535, e.g. 50000:50999");
        }
        return Integer.parseInt(text);
    }
}
