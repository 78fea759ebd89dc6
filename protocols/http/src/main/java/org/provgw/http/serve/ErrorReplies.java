package org.provgw.http.serve;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.provgw.http.conn.AccessTemplate;
import org.provgw.http.conn.Reply;
import org.provgw.http.conn.ReplyBody;
import org.provgw.http.wire.Heads;
import org.provgw.http.wire.HttpStatus;
import org.provgw.http.wire.HttpVersion;
import org.provgw.http.wire.ParseEvent;
import org.provgw.http.wire.RequestHead;
import org.provgw.http.wire.ResponseHead;
import org.provgw.protocol.Outcome;

/**
 * Error responses: a short text body naming the status and the reason, {@code Connection: close}
 * where the request's framing is lost, {@code Allow} on 405, {@code Retry-After} on 503.
 */
public final class ErrorReplies {

    private final long retryAfterSeconds;

    /** @param retryAfterSeconds what {@code Retry-After} says on 503 */
    public ErrorReplies(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * The answer to a request the parser refused: the connection closes after it, since where the
     * next request would start is unknown.
     *
     * @param malformed the parser's refusal
     * @param client the peer
     * @return the reply
     */
    public Reply malformed(ParseEvent.Malformed malformed, InetSocketAddress client) {
        Outcome outcome = malformed.status() == HttpStatus.REQUEST_TIMEOUT ? Outcome.TIMEOUT : Outcome.BAD_REQUEST;
        AccessTemplate log = new AccessTemplate(client, "-", "-", outcome,
                malformed.status().code() + " " + malformed.reason());
        return text(malformed.status(), malformed.reason(), HttpVersion.HTTP_1_1, false, false, log, Reply.NOTHING);
    }

    /**
     * @param request the request
     * @param keepAlive whether the connection may stay open
     * @param status the status
     * @param reason what to tell the client, or empty
     * @param log the access-log line
     * @param release what to give back at the end
     * @return the reply
     */
    public Reply of(RequestHead request, boolean keepAlive, HttpStatus status, String reason, AccessTemplate log,
                    AutoCloseable release) {
        return text(status, reason, request.version(), keepAlive, request.method().equals("HEAD"), log, release);
    }

    private Reply text(HttpStatus status, String reason, HttpVersion version, boolean keepAlive, boolean headOnly,
                       AccessTemplate log, AutoCloseable release) {
        ByteBuffer body = Heads.errorText(status, reason);
        ResponseHead head = Heads.withText(Heads.start(status, version, keepAlive), body);
        if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            head.add("Allow", Heads.ALLOWED);
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            head.add("Retry-After", retryAfterSeconds);
        }
        return new Reply(head, headOnly ? ReplyBody.NONE : new ReplyBody.Bytes(body), !keepAlive, log, release);
    }
}
