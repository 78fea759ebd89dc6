package org.provgw.http.wire;

import java.util.List;

/**
 * How the body of a request is delimited (RFC 9112 §6), decided from its head, with the checks
 * that keep two servers in a chain from reading the same bytes as different requests:
 * {@code Transfer-Encoding} and {@code Content-Length} together, {@code Transfer-Encoding} in
 * HTTP/1.0, {@code chunked} not last, and repeated or non-numeric {@code Content-Length} are
 * refused.
 *
 * @param length the body length when delimited by {@code Content-Length}, 0 when there is none
 * @param chunked whether the body uses the chunked transfer coding
 * @param expectContinue whether the client waits for {@code 100 Continue} before sending it
 */
record BodyFraming(long length, boolean chunked, boolean expectContinue) {

    /** More digits than a long holds is a length nobody accepts. */
    private static final int MAX_DIGITS = 18;

    /** @return whether the request carries body bytes to read past */
    boolean hasBody() {
        return chunked || length > 0;
    }

    /**
     * @param version the request's version
     * @param headers its fields
     * @param bodyLimit the largest body accepted
     * @return the framing
     * @throws MalformedRequest if the framing is ambiguous, unsupported or too large
     */
    static BodyFraming of(HttpVersion version, Headers headers, long bodyLimit) throws MalformedRequest {
        boolean expectContinue = expectation(headers);
        int encodings = headers.count("Transfer-Encoding");
        int lengths = headers.count("Content-Length");
        if (encodings > 0) {
            if (version == HttpVersion.HTTP_1_0) {
                throw MalformedRequest.bad("Transfer-Encoding in an HTTP/1.0 request");
            }
            if (lengths > 0) {
                throw MalformedRequest.bad("both Transfer-Encoding and Content-Length");
            }
            checkCodings(headers.elements("Transfer-Encoding"));
            return new BodyFraming(0, true, expectContinue);
        }
        if (lengths > 1) {
            throw MalformedRequest.bad("repeated Content-Length");
        }
        if (lengths == 0) {
            return new BodyFraming(0, false, expectContinue);
        }
        long length = parseLength(headers.first("Content-Length").orElseThrow());
        if (length > bodyLimit) {
            throw new MalformedRequest(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
        }
        return new BodyFraming(length, false, expectContinue);
    }

    private static boolean expectation(Headers headers) throws MalformedRequest {
        List<String> expectations = headers.elements("Expect");
        for (String expectation : expectations) {
            if (!expectation.equalsIgnoreCase("100-continue")) {
                throw new MalformedRequest(HttpStatus.EXPECTATION_FAILED, "unsupported expectation");
            }
        }
        return !expectations.isEmpty();
    }

    private static void checkCodings(List<String> codings) throws MalformedRequest {
        if (codings.isEmpty() || !codings.get(codings.size() - 1).equalsIgnoreCase("chunked")) {
            throw MalformedRequest.bad("Transfer-Encoding does not end with chunked");
        }
        for (int i = 0; i < codings.size() - 1; i++) {
            if (codings.get(i).equalsIgnoreCase("chunked")) {
                throw MalformedRequest.bad("chunked applied twice");
            }
            throw new MalformedRequest(HttpStatus.NOT_IMPLEMENTED, "unsupported transfer coding");
        }
    }

    private static long parseLength(String value) throws MalformedRequest {
        if (value.isEmpty()) {
            throw MalformedRequest.bad("empty Content-Length");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw MalformedRequest.bad("invalid Content-Length");
            }
        }
        int digits = value.length();
        int leadingZeros = 0;
        while (leadingZeros < digits - 1 && value.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        if (digits - leadingZeros > MAX_DIGITS) {
            throw new MalformedRequest(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
        }
        return Long.parseLong(value, leadingZeros, digits, 10);
    }
}
