package org.provgw.tftp.client.storm;

import java.math.BigDecimal;
import java.time.Duration;

/** Parses {@code 500ms}, {@code 2s}, {@code 1.5s} or a bare number of seconds. */
final class Durations {

    private Durations() {
    }

    /**
     * @param text the value from the command line
     * @return a positive duration
     * @throws IllegalArgumentException with a message for the user
     */
    static Duration parse(String text) {
        String t = text.trim();
        BigDecimal scale;
        String number;
        if (t.endsWith("ms")) {
            scale = BigDecimal.valueOf(1_000_000L);
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            scale = BigDecimal.valueOf(1_000_000_000L);
            number = t.substring(0, t.length() - 1);
        } else {
            scale = BigDecimal.valueOf(1_000_000_000L);
            number = t;
        }
        try {
            BigDecimal nanos = new BigDecimal(number.trim()).multiply(scale);
            if (nanos.signum() > 0 && nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return Duration.ofNanos(nanos.longValue());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a positive duration like 500ms or 2s, not '" + text + "'");
    }
}
