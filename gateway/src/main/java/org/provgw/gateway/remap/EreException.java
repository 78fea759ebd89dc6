package org.provgw.gateway.remap;

/**
 * A regular expression that glibc's {@code regcomp(REG_EXTENDED)} refuses, or that has no faithful
 * java.util.regex equivalent. The message reads like glibc's {@code regerror} text where glibc
 * refuses the same expression, so that an operator sees what tftpd-hpa would have logged.
 */
final class EreException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason what is wrong
     * @param index where in the expression, 0-based
     */
    EreException(String reason, int index) {
        super(reason + " (at character " + (index + 1) + ")");
    }
}
