package org.provgw.gateway.remap;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A map file that cannot be used: every bad line is listed (tftpd-hpa also reports them all),
 * and the message names the first one.
 */
final class MapFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<LineProblem> errors;

    /** @param errors the bad lines, in file order; at least one */
    MapFileException(List<LineProblem> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * A file that could not be read at all.
     *
     * @param reason why
     * @param cause the underlying failure, or {@code null}
     */
    MapFileException(String reason, Throwable cause) {
        super(reason, cause);
        this.errors = List.of();
    }

    /** @return the bad lines, in file order; empty when the file could not be read */
    List<LineProblem> errors() {
        return errors;
    }

    private static String message(List<LineProblem> errors) {
        String first = errors.get(0).toString();
        if (errors.size() == 1) {
            return first;
        }
        return first + " (and " + (errors.size() - 1) + " more: lines "
                + errors.stream().skip(1).map(e -> String.valueOf(e.line())).collect(Collectors.joining(", ")) + ")";
    }
}
