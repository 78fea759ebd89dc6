package org.provgw.http.wire;

/**
 * The protocol versions a request may use. Any {@code HTTP/1.x} with {@code x >= 1} is served as
 * HTTP/1.1 (RFC 9110 §2.5: a minor version says what the sender can do, and 1.1 is what this
 * server understands); other major versions are refused with 505 by the parser.
 */
public enum HttpVersion {
    HTTP_1_0,
    HTTP_1_1;

    /** @return whether connections stay open unless a {@code Connection: close} says otherwise */
    public boolean persistentByDefault() {
        return this == HTTP_1_1;
    }
}
