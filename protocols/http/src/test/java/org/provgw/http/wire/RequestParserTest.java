package org.provgw.http.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Well-formed requests: what the parser returns, whole and split at every byte. */
class RequestParserTest {

    private static final ParseLimits LIMITS = ParseLimits.DEFAULTS;

    private static RequestHead only(List<ParseEvent> events) {
        assertEquals(1, events.size(), events::toString);
        return assertInstanceOf(RequestHead.class, events.get(0));
    }

    @Test
    void parsesARequestLineAndHeaders() {
        RequestHead head = only(Feed.whole(LIMITS, Feed.ascii(
                "GET /SEP0011AABBCC01.cnf.xml HTTP/1.1\r\nHost: tftp:6970\r\nUser-Agent:  Allegro \r\n\r\n")));
        assertEquals("GET", head.method());
        assertEquals("/SEP0011AABBCC01.cnf.xml", head.target());
        assertEquals(HttpVersion.HTTP_1_1, head.version());
        assertEquals("tftp:6970", head.headers().first("host").orElseThrow());
        assertEquals("Allegro", head.headers().first("User-Agent").orElseThrow(), "whitespace around values is trimmed");
        assertTrue(head.keepAlive());
    }

    @Test
    void everySplitPointGivesTheSameRequests() {
        byte[] bytes = Feed.ascii("GET /a HTTP/1.1\r\nHost: h\r\nRange: bytes=0-1\r\n\r\n"
                + "HEAD /b%20c HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                + "POST /c HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /d HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n0\r\nT: v\r\n\r\n");
        List<ParseEvent> whole = Feed.whole(LIMITS, bytes);
        assertEquals(4, whole.size(), whole::toString);
        for (int cut = 0; cut <= bytes.length; cut++) {
            assertEquals(whole, Feed.cutAt(LIMITS, bytes, cut), "cut at " + cut);
        }
        assertEquals(whole, Feed.split(LIMITS, bytes, 1), "one byte at a time");
        assertEquals(List.of("/a", "/b%20c", "/c", "/d"),
                whole.stream().map(e -> ((RequestHead) e).target()).toList());
    }

    @Test
    void bareLineFeedsAndLeadingEmptyLinesAreAccepted() {
        RequestHead head = only(Feed.whole(LIMITS, Feed.ascii("\r\n\nGET /a HTTP/1.1\nHost: h\n\n")));
        assertEquals("/a", head.target());
    }

    @Test
    void http10NeedsNoHostAndClosesUnlessAskedToKeepAlive() {
        RequestHead plain = only(Feed.whole(LIMITS, Feed.ascii("GET /a HTTP/1.0\r\n\r\n")));
        assertEquals(HttpVersion.HTTP_1_0, plain.version());
        assertFalse(plain.keepAlive());
        RequestHead kept = only(Feed.whole(LIMITS, Feed.ascii("GET /a HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")));
        assertTrue(kept.keepAlive());
    }

    @Test
    void connectionCloseEndsAnHttp11Connection() {
        RequestHead head = only(Feed.whole(LIMITS, Feed.ascii(
                "GET /a HTTP/1.1\r\nHost: h\r\nConnection: TE, close\r\n\r\n")));
        assertFalse(head.keepAlive());
    }

    @Test
    void laterMinorVersionsAreServedAsHttp11() {
        assertEquals(HttpVersion.HTTP_1_1,
                only(Feed.whole(LIMITS, Feed.ascii("GET /a HTTP/1.9\r\nHost: h\r\n\r\n"))).version());
    }

    @Test
    void obsTextInAValueIsKeptAsLatin1() {
        byte[] bytes = Feed.ascii("GET /a HTTP/1.1\r\nHost: h\r\nX-Name: caf\u00e9\r\n\r\n");
        assertEquals("caf\u00e9", only(Feed.whole(LIMITS, bytes)).headers().first("x-name").orElseThrow());
    }

    @Test
    void bytesAfterARequestStayForTheNext() {
        RequestParser parser = new RequestParser(LIMITS);
        ByteBuffer in = ByteBuffer.wrap(Feed.ascii("GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b"));
        assertInstanceOf(RequestHead.class, parser.parse(in));
        assertEquals(6, in.remaining());
        assertFalse(parser.inRequest(), "nothing of the next request was read yet");
        assertEquals(ParseEvent.NEED_MORE, parser.parse(in));
        assertTrue(parser.inRequest());
    }

    @Test
    void aBodyIsReadPastBeforeTheRequestIsReturned() {
        RequestParser parser = new RequestParser(LIMITS);
        assertEquals(ParseEvent.NEED_MORE, parser.parse(ByteBuffer.wrap(Feed.ascii(
                "GET /a HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nab"))));
        assertTrue(parser.inRequest());
        assertInstanceOf(RequestHead.class, parser.parse(ByteBuffer.wrap(Feed.ascii("cd"))));
    }

    @Test
    void expectContinueIsAnsweredWithoutReadingTheBodyAndEndsTheConnection() {
        RequestParser parser = new RequestParser(LIMITS);
        ByteBuffer in = ByteBuffer.wrap(Feed.ascii(
                "PUT /a HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\nGET /x HTTP/1.1\r\n\r\n"));
        RequestHead head = assertInstanceOf(RequestHead.class, parser.parse(in));
        assertTrue(head.mustClose());
        assertFalse(head.keepAlive());
        assertEquals(ParseEvent.NEED_MORE, parser.parse(in));
        assertEquals(0, in.remaining(), "what follows is not read as a request");
        assertTrue(parser.spent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "000", "00012"})
    void leadingZerosInContentLengthAreFine(String length) {
        int n = Integer.parseInt(length);
        String body = "x".repeat(n);
        RequestHead head = only(Feed.whole(LIMITS, Feed.ascii(
                "GET /a HTTP/1.1\r\nHost: h\r\nContent-Length: " + length + "\r\n\r\n" + body)));
        assertEquals("/a", head.target());
    }

    /** Each limit exactly reached; {@link RequestParserMalformedTest} goes one byte over each. */
    @Test
    void limitsAreInclusive() {
        RequestHead head = only(Feed.whole(RequestParserMalformedTest.TIGHT, Feed.ascii(RequestParserMalformedTest.AT_LIMITS)));
        assertEquals("/123456789", head.target());
    }
}
