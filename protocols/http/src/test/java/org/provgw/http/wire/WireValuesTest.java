package org.provgw.http.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The response head encoding and HTTP dates. */
class WireValuesTest {

    @Test
    void aResponseHeadEncodesToItsAnnouncedLength() {
        ResponseHead head = new ResponseHead(HttpStatus.PARTIAL_CONTENT).add("Content-Range", "bytes 0-1/2")
                .add("Content-Length", 2);
        ByteBuffer encoded = head.encode();
        assertEquals(head.encodedLength(), encoded.remaining());
        assertEquals("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-1/2\r\nContent-Length: 2\r\n\r\n",
                StandardCharsets.ISO_8859_1.decode(encoded).toString());
    }

    @Test
    void aHeaderValueCannotStartAnotherHeader() {
        ResponseHead head = new ResponseHead(HttpStatus.OK);
        assertThrows(IllegalArgumentException.class, () -> head.add("ETag", "\"v\"\r\nSet-Cookie: x"));
        assertThrows(IllegalArgumentException.class, () -> head.add("X", "a\nb"));
        assertThrows(IllegalArgumentException.class, () -> head.add("X", "\u0100"));
    }

    @Test
    void datesAreImfFixdateAndAllThreeFormsAreRead() {
        Instant sunday = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(sunday));
        assertEquals("Thu, 05 Nov 2026 08:49:37 GMT", HttpDates.format(Instant.parse("2026-11-05T08:49:37.999Z")));
        assertEquals(Optional.of(sunday), HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(Optional.of(sunday), HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(Optional.of(sunday), HttpDates.parse("Sun Nov  6 08:49:37 1994"));
        assertEquals(Optional.empty(), HttpDates.parse("06 Nov 1994"));
        assertEquals(Optional.empty(), HttpDates.parse("Sun, 32 Nov 1994 08:49:37 GMT"));
        assertTrue(HttpDates.now().endsWith(" GMT"));
    }
}
