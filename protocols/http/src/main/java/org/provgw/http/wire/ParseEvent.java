package org.provgw.http.wire;

import java.util.Objects;

/**
 * What {@link RequestParser#parse} found in the bytes it was given: a complete request
 * ({@link RequestHead}), a request it refuses ({@link Malformed}), or nothing yet
 * ({@link #NEED_MORE}).
 */
public sealed interface ParseEvent permits RequestHead, ParseEvent.Malformed, ParseEvent.NeedMore {

    /** The bytes so far are a valid beginning; feed more. */
    NeedMore NEED_MORE = new NeedMore();

    /** See {@link #NEED_MORE}. */
    record NeedMore() implements ParseEvent {
    }

    /**
     * The request cannot be served: answer {@code status} and close the connection, since the
     * framing of what follows is unknown.
     *
     * @param status the status to answer, never 2xx
     * @param reason a short explanation for the log and the response body
     */
    record Malformed(HttpStatus status, String reason) implements ParseEvent {
        /** @throws NullPointerException if an argument is {@code null} */
        public Malformed {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
