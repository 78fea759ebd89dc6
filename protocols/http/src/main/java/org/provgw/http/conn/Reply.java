package org.provgw.http.conn;

import java.util.Objects;
import org.provgw.http.wire.ResponseHead;

/**
 * One response, as chosen for one request: its head, its content, whether the connection ends
 * after it, what the access log will say, and what to give back when it is over.
 *
 * @param head the status line and fields, {@code Content-Length} and {@code Connection} included
 * @param body the content
 * @param close whether to close the connection once the response is sent
 * @param log the access-log line, less what is only known at the end
 * @param release given back exactly once when the response ends (a serving-limit slot);
 *     {@link #NOTHING} when there is nothing to give back
 */
public record Reply(ResponseHead head, ReplyBody body, boolean close, AccessTemplate log, AutoCloseable release) {

    /** Nothing to give back. */
    public static final AutoCloseable NOTHING = () -> { };

    /** @throws NullPointerException if an argument is {@code null} */
    public Reply {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(release, "release");
    }
}
