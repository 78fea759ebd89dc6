package org.provgw.http.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The fields every response carries, and the short text body of an error. */
public final class Heads {

    /** The {@code Server} field. */
    public static final String SERVER = "provgw";
    /** The methods served, for {@code Allow}. */
    public static final String ALLOWED = "GET, HEAD";
    private static final String TEXT = "text/plain; charset=utf-8";

    private Heads() {
    }

    /**
     * @param status the status
     * @param version the request's version
     * @param keepAlive whether the connection stays open after the response
     * @return a head with {@code Date}, {@code Server} and, where needed, {@code Connection}
     */
    public static ResponseHead start(HttpStatus status, HttpVersion version, boolean keepAlive) {
        ResponseHead head = new ResponseHead(status).add("Date", HttpDates.now()).add("Server", SERVER);
        if (!keepAlive) {
            head.add("Connection", "close");
        } else if (version == HttpVersion.HTTP_1_0) {
            head.add("Connection", "keep-alive");
        }
        return head;
    }

    /**
     * @param status an error status
     * @param reason what went wrong, safe to show to the client, or empty
     * @return the text body: the status and the reason on one line
     */
    public static ByteBuffer errorText(HttpStatus status, String reason) {
        String text = status.code() + " " + status.reason() + (reason.isEmpty() ? "" : ": " + reason) + "\n";
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param head a head
     * @param body the text body it announces
     * @return the head with {@code Content-Type} and {@code Content-Length} of the text
     */
    public static ResponseHead withText(ResponseHead head, ByteBuffer body) {
        return head.add("Content-Type", TEXT).add("Content-Length", body.remaining());
    }
}
