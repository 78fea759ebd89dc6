package org.provgw.http.wire;

/**
 * The {@code Host} rules of RFC 9112 §3.2: an HTTP/1.1 request has exactly one, an HTTP/1.0
 * request at most one, and its value is an authority (host and optional port), possibly empty.
 */
final class HostField {

    private HostField() {
    }

    /**
     * @throws MalformedRequest if {@code Host} is missing from HTTP/1.1, repeated, or not an
     *     authority
     */
    static void check(HttpVersion version, Headers headers) throws MalformedRequest {
        int count = headers.count("Host");
        if (count > 1) {
            throw MalformedRequest.bad("repeated Host");
        }
        if (count == 0) {
            if (version == HttpVersion.HTTP_1_1) {
                throw MalformedRequest.bad("missing Host");
            }
            return;
        }
        String host = headers.first("Host").orElseThrow();
        for (int i = 0; i < host.length(); i++) {
            if (!isAuthorityChar(host.charAt(i))) {
                throw MalformedRequest.bad("invalid Host");
            }
        }
    }

    /** unreserved, sub-delims, ':' , '%' for percent-encoding, and the brackets of IPv6 literals. */
    private static boolean isAuthorityChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:%[]".indexOf(c) >= 0;
    }
}
