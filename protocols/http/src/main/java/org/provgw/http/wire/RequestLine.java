package org.provgw.http.wire;

/**
 * The first line of a request, split and checked (RFC 9112 §3): exactly one space between
 * method, target and version.
 */
record RequestLine(String method, String target, HttpVersion version) {

    private static final String GET = "GET";
    private static final String HEAD = "HEAD";

    /**
     * @param line the line, line end excluded
     * @param uriLimit the longest target accepted
     * @return the request line
     * @throws MalformedRequest if the line is refused
     */
    static RequestLine parse(LineReader line, int uriLimit) throws MalformedRequest {
        int length = line.length();
        int firstSpace = -1;
        for (int i = 0; i < length; i++) {
            int b = line.at(i);
            if (b == ' ') {
                firstSpace = i;
                break;
            }
            if (!Tokens.isTokenChar(b)) {
                throw MalformedRequest.bad("malformed method");
            }
        }
        if (firstSpace <= 0) {
            throw MalformedRequest.bad("malformed request line");
        }
        int secondSpace = -1;
        for (int i = firstSpace + 1; i < length; i++) {
            int b = line.at(i);
            if (b == ' ') {
                secondSpace = i;
                break;
            }
            if (!Tokens.isTargetChar(b)) {
                throw MalformedRequest.bad("invalid character in request target");
            }
        }
        if (secondSpace < 0) {
            throw MalformedRequest.bad("missing HTTP version");
        }
        if (secondSpace == firstSpace + 1) {
            throw MalformedRequest.bad("empty request target");
        }
        if (secondSpace - firstSpace - 1 > uriLimit) {
            throw new MalformedRequest(HttpStatus.URI_TOO_LONG, "request target too long");
        }
        HttpVersion version = version(line, secondSpace + 1, length);
        return new RequestLine(method(line, firstSpace), line.text(firstSpace + 1, secondSpace), version);
    }

    /** Interns the two methods served, which are nearly every request. */
    private static String method(LineReader line, int end) {
        if (line.equalsAscii(0, end, GET)) {
            return GET;
        }
        if (line.equalsAscii(0, end, HEAD)) {
            return HEAD;
        }
        return line.text(0, end);
    }

    /** {@code HTTP/DIGIT.DIGIT}, case-sensitive (RFC 9112 §2.3). */
    private static HttpVersion version(LineReader line, int from, int to) throws MalformedRequest {
        if (to - from != 8 || !line.equalsAscii(from, from + 5, "HTTP/") || line.at(from + 6) != '.'
                || !isDigit(line.at(from + 5)) || !isDigit(line.at(from + 7))) {
            throw MalformedRequest.bad("malformed HTTP version");
        }
        int major = line.at(from + 5) - '0';
        int minor = line.at(from + 7) - '0';
        if (major != 1) {
            throw new MalformedRequest(HttpStatus.VERSION_NOT_SUPPORTED, "HTTP/" + major + " is not supported");
        }
        return minor == 0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }
}
