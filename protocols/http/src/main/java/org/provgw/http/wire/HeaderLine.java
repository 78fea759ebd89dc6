package org.provgw.http.wire;

/**
 * One header field line (RFC 9112 §5): a token, a colon with no whitespace before it, optional
 * whitespace, the value. Line folding (a line starting with whitespace) is refused, as RFC 9112
 * §5.2 allows, rather than guessed at.
 */
final class HeaderLine {

    private HeaderLine() {
    }

    /**
     * @param line a non-empty line, line end excluded
     * @return the field
     * @throws MalformedRequest if the line is refused
     */
    static Header parse(LineReader line) throws MalformedRequest {
        int length = line.length();
        if (Tokens.isWhitespace(line.at(0))) {
            throw MalformedRequest.bad("obsolete line folding in header");
        }
        int colon = -1;
        for (int i = 0; i < length; i++) {
            int b = line.at(i);
            if (b == ':') {
                colon = i;
                break;
            }
            if (!Tokens.isTokenChar(b)) {
                throw MalformedRequest.bad(Tokens.isWhitespace(b) ? "whitespace in header name" : "invalid header name");
            }
        }
        if (colon < 0) {
            throw MalformedRequest.bad("header line without a colon");
        }
        if (colon == 0) {
            throw MalformedRequest.bad("empty header name");
        }
        int start = colon + 1;
        int end = length;
        while (start < end && Tokens.isWhitespace(line.at(start))) {
            start++;
        }
        while (end > start && Tokens.isWhitespace(line.at(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            if (!Tokens.isFieldValueChar(line.at(i))) {
                throw MalformedRequest.bad("control character in header value");
            }
        }
        return new Header(line.text(0, colon), line.text(start, end));
    }
}
