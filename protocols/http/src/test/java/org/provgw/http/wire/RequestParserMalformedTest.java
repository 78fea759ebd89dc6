package org.provgw.http.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed request shape gets its status, whole, split at every byte, and one byte at a
 * time; and nothing is returned after the refusal.
 */
class RequestParserMalformedTest {

    /** Request line 23, target 10, 3 fields, header section 40 bytes, body 3. */
    static final ParseLimits TIGHT = new ParseLimits(23, 10, 3, 40, 3);
    static final String AT_LIMITS = "GET /123456789 HTTP/1.1\r\nHost: h\r\nA: 12345\r\nContent-Length: 3\r\n\r\nabc";

    private static final String HOST = "Host: h\r\n";

    static Stream<Arguments> shapes() {
        return Stream.of(
                // request line
                bad("no version (HTTP/0.9)", "GET /a\r\n\r\n"),
                bad("two spaces", "GET  /a HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("tab separator", "GET\t/a HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("leading space", " GET /a HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("trailing space", "GET /a HTTP/1.1 \r\n" + HOST + "\r\n"),
                bad("method with a slash", "GE/T /a HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("method with a non-ASCII byte", "G\u00c9T /a HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("lower-case protocol name", "GET /a http/1.1\r\n" + HOST + "\r\n"),
                bad("version without minor", "GET /a HTTP/1\r\n" + HOST + "\r\n"),
                bad("version with two digits", "GET /a HTTP/1.10\r\n" + HOST + "\r\n"),
                bad("version letters", "GET /a HTTP/x.y\r\n" + HOST + "\r\n"),
                bad("garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003"),
                bad("TLS hello on the plain port", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\r\n\r\n"),
                bad("space in target", "GET /a b HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("non-ASCII in target", "GET /caf\u00e9 HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("DEL in target", "GET /a\u007f HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("too many empty lines", "\r\n".repeat(9) + "GET /a HTTP/1.1\r\n" + HOST + "\r\n"),
                of(HttpStatus.VERSION_NOT_SUPPORTED, "HTTP/2.0", "GET /a HTTP/2.0\r\n" + HOST + "\r\n"),
                of(HttpStatus.VERSION_NOT_SUPPORTED, "HTTP/0.9", "GET /a HTTP/0.9\r\n\r\n"),
                of(HttpStatus.VERSION_NOT_SUPPORTED, "HTTP/3.0", "GET /a HTTP/3.0\r\n\r\n"),
                // line ends and control characters
                bad("NUL in the request line", "GET /a\u0000 HTTP/1.1\r\n" + HOST + "\r\n"),
                bad("NUL in a header", "GET /a HTTP/1.1\r\nHost: h\u0000\r\n\r\n"),
                bad("NUL in a body-less line end", "GET /a HTTP/1.1\r\n\u0000\r\n"),
                bad("CR without LF in the request line", "GET /a\rHTTP/1.1\r\n" + HOST + "\r\n"),
                bad("CR without LF after the request line", "GET /a HTTP/1.1\r" + HOST + "\r\n"),
                bad("CR without LF in a header", "GET /a HTTP/1.1\r\nHost: h\rX: y\r\n\r\n"),
                bad("CR CR LF", "GET /a HTTP/1.1\r\r\n" + HOST + "\r\n"),
                bad("control character in a value", "GET /a HTTP/1.1\r\n" + HOST + "X: a\u0001b\r\n\r\n"),
                bad("DEL in a value", "GET /a HTTP/1.1\r\n" + HOST + "X: a\u007fb\r\n\r\n"),
                // header fields
                bad("obs-fold", "GET /a HTTP/1.1\r\n" + HOST + "X: a\r\n b\r\n\r\n"),
                bad("obs-fold with a tab", "GET /a HTTP/1.1\r\n" + HOST + "X: a\r\n\tb\r\n\r\n"),
                bad("space before colon", "GET /a HTTP/1.1\r\nHost : h\r\n\r\n"),
                bad("no colon", "GET /a HTTP/1.1\r\n" + HOST + "NoColon\r\n\r\n"),
                bad("empty name", "GET /a HTTP/1.1\r\n" + HOST + ": v\r\n\r\n"),
                bad("separator in name", "GET /a HTTP/1.1\r\n" + HOST + "X(y): v\r\n\r\n"),
                bad("missing Host in HTTP/1.1", "GET /a HTTP/1.1\r\nX: y\r\n\r\n"),
                bad("duplicate Host", "GET /a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"),
                bad("duplicate Host in HTTP/1.0", "GET /a HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n"),
                bad("Host with a slash", "GET /a HTTP/1.1\r\nHost: a/b\r\n\r\n"),
                bad("Host with a space", "GET /a HTTP/1.1\r\nHost: a b\r\n\r\n"),
                // bodies
                bad("duplicate Content-Length", "GET /a HTTP/1.1\r\n" + HOST
                        + "Content-Length: 1\r\nContent-Length: 1\r\n\r\nx"),
                bad("Content-Length list", "GET /a HTTP/1.1\r\n" + HOST + "Content-Length: 1, 1\r\n\r\nx"),
                bad("negative Content-Length", "GET /a HTTP/1.1\r\n" + HOST + "Content-Length: -1\r\n\r\n"),
                bad("signed Content-Length", "GET /a HTTP/1.1\r\n" + HOST + "Content-Length: +1\r\n\r\nx"),
                bad("hex Content-Length", "GET /a HTTP/1.1\r\n" + HOST + "Content-Length: 0x10\r\n\r\n"),
                bad("empty Content-Length", "GET /a HTTP/1.1\r\n" + HOST + "Content-Length:\r\n\r\n"),
                bad("Content-Length in words", "GET /a HTTP/1.1\r\n" + HOST + "Content-Length: ten\r\n\r\n"),
                of(HttpStatus.CONTENT_TOO_LARGE, "absurd Content-Length", "GET /a HTTP/1.1\r\n" + HOST
                        + "Content-Length: 99999999999999999999999999\r\n\r\n"),
                of(HttpStatus.CONTENT_TOO_LARGE, "Content-Length over the limit", "GET /a HTTP/1.1\r\n" + HOST
                        + "Content-Length: 65537\r\n\r\n"),
                bad("Transfer-Encoding and Content-Length", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n"),
                bad("Transfer-Encoding in HTTP/1.0", "POST /a HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
                bad("chunked not last", "POST /a HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked, gzip\r\n\r\n"),
                bad("chunked twice", "POST /a HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked, chunked\r\n\r\n"),
                bad("empty Transfer-Encoding", "POST /a HTTP/1.1\r\n" + HOST + "Transfer-Encoding:\r\n\r\n"),
                of(HttpStatus.NOT_IMPLEMENTED, "unknown transfer coding", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: gzip, chunked\r\n\r\n"),
                bad("chunk size not hex", "POST /a HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"),
                bad("chunk size missing", "POST /a HTTP/1.1\r\n" + HOST + "Transfer-Encoding: chunked\r\n\r\n;ext\r\n"),
                bad("chunk longer than its size", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n"),
                bad("chunk without CRLF", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: chunked\r\n\r\n2\r\nab0\r\n\r\n"),
                bad("NUL in a chunk size", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: chunked\r\n\r\n2\u0000\r\nab\r\n0\r\n\r\n"),
                of(HttpStatus.CONTENT_TOO_LARGE, "absurd chunk size", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n"),
                of(HttpStatus.CONTENT_TOO_LARGE, "chunked body over the limit", "POST /a HTTP/1.1\r\n" + HOST
                        + "Transfer-Encoding: chunked\r\n\r\n8000\r\n" + "x".repeat(0x8000) + "\r\n8001\r\n"),
                of(HttpStatus.EXPECTATION_FAILED, "unknown expectation", "GET /a HTTP/1.1\r\n" + HOST
                        + "Expect: 200-ok\r\n\r\n"),
                // limits: the request line, target, fields and body one over TIGHT
                tight(HttpStatus.URI_TOO_LONG, "target over the limit", "GET /1234567890 HTTP/1.1\r\n" + HOST + "\r\n"),
                tight(HttpStatus.URI_TOO_LONG, "target overflows the line", "GET /123456789012345678901234\r\n"),
                tight(HttpStatus.BAD_REQUEST, "method overflows the line", "GETGETGETGETGETGETGETGETGET / HTTP/1.1\r\n"),
                tight(HttpStatus.BAD_REQUEST, "version overflows the line", "GET /1 HTTP/1.1111111111111\r\n"),
                tight(HttpStatus.HEADER_FIELDS_TOO_LARGE, "one field too many",
                        "GET /1 HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"),
                tight(HttpStatus.HEADER_FIELDS_TOO_LARGE, "header section one byte over",
                        "GET /123456789 HTTP/1.1\r\nHost: h\r\nA: 123456\r\nContent-Length: 3\r\n\r\nabc"),
                tight(HttpStatus.HEADER_FIELDS_TOO_LARGE, "one endless field",
                        "GET /1 HTTP/1.1\r\nX: " + "y".repeat(100) + "\r\n\r\n"),
                tight(HttpStatus.CONTENT_TOO_LARGE, "body one byte over",
                        "GET /1 HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nabcd"),
                tight(HttpStatus.HEADER_FIELDS_TOO_LARGE, "trailers too large", "POST /1 HTTP/1.1\r\nHost: h\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nT: " + "v".repeat(60) + "\r\n\r\n"));
    }

    private static Arguments bad(String name, String request) {
        return of(HttpStatus.BAD_REQUEST, name, request);
    }

    private static Arguments of(HttpStatus status, String name, String request) {
        return Arguments.of(status, name, request, ParseLimits.DEFAULTS);
    }

    private static Arguments tight(HttpStatus status, String name, String request) {
        return Arguments.of(status, name, request, TIGHT);
    }

    @ParameterizedTest(name = "{1} -> {0}")
    @MethodSource("shapes")
    void isRefusedWithItsStatusHoweverItArrives(HttpStatus status, String name, String request, ParseLimits limits) {
        byte[] bytes = Feed.ascii(request);
        assertRefused(status, Feed.whole(limits, bytes), "whole");
        assertRefused(status, Feed.split(limits, bytes, 1), "byte by byte");
        int step = Math.max(1, bytes.length / 200); // every cut of the short ones, a sample of the long ones
        for (int cut = 0; cut <= bytes.length; cut += step) {
            assertRefused(status, Feed.cutAt(limits, bytes, cut), "cut at " + cut);
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("shapes")
    void staysRefusedAndReadsNothingMore(HttpStatus status, String name, String request, ParseLimits limits) {
        RequestParser parser = new RequestParser(limits);
        ParseEvent first = parser.parse(ByteBuffer.wrap(Feed.ascii(request)));
        ByteBuffer more = ByteBuffer.wrap(Feed.ascii("GET /next HTTP/1.1\r\nHost: h\r\n\r\n"));
        assertEquals(first, parser.parse(more));
        assertEquals(more.capacity(), more.remaining());
        assertTrue(parser.spent());
    }

    private static void assertRefused(HttpStatus status, List<ParseEvent> events, String how) {
        assertEquals(1, events.size(), how + ": " + events);
        ParseEvent.Malformed refused = assertInstanceOf(ParseEvent.Malformed.class, events.get(0), how);
        assertEquals(status, refused.status(), how + ": " + refused.reason());
    }
}
