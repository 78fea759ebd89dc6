package org.provgw.http.wire;

/**
 * Thrown inside the parser when a request is refused; {@link RequestParser#parse} turns it into
 * the {@link ParseEvent.Malformed} it carries, so nothing escapes the parser. No stack trace:
 * bad input from the network is not a program error, and a flood of it must be cheap.
 */
final class MalformedRequest extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ParseEvent.Malformed event;

    MalformedRequest(HttpStatus status, String reason) {
        super(reason, null, false, false);
        this.event = new ParseEvent.Malformed(status, reason);
    }

    static MalformedRequest bad(String reason) {
        return new MalformedRequest(HttpStatus.BAD_REQUEST, reason);
    }

    ParseEvent.Malformed event() {
        return event;
    }
}
