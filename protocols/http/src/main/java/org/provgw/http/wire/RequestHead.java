package org.provgw.http.wire;

import java.util.Objects;

/**
 * A parsed request: its request line and header fields. The body, if any, has been read and
 * discarded by the parser.
 *
 * @param method the method token as sent (case-sensitive: {@code get} is not {@code GET})
 * @param target the request target as sent, still percent-encoded
 * @param version the protocol version
 * @param headers the header fields
 * @param mustClose whether the parser cannot read another request from this connection after
 *     this one (a body it did not wait for, as with {@code Expect: 100-continue})
 */
public record RequestHead(String method, String target, HttpVersion version, Headers headers,
                          boolean mustClose) implements ParseEvent {

    /** @throws NullPointerException if an object argument is {@code null} */
    public RequestHead {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(headers, "headers");
    }

    /**
     * @return whether the connection may carry another request after the response (RFC 9112
     *     §9.3): HTTP/1.1 unless {@code Connection: close}, HTTP/1.0 only with
     *     {@code Connection: keep-alive}
     */
    public boolean keepAlive() {
        if (mustClose) {
            return false;
        }
        return version.persistentByDefault()
                ? !headers.hasToken("Connection", "close")
                : headers.hasToken("Connection", "keep-alive");
    }
}
