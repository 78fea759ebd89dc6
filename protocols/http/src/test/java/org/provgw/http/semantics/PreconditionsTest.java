package org.provgw.http.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.provgw.http.semantics.Preconditions.Result;
import org.provgw.http.wire.Header;
import org.provgw.http.wire.Headers;

class PreconditionsTest {

    private static final String VERSION = "200-18edd2ddc52f16eb";
    private static final Instant MODIFIED = Instant.parse("2026-11-05T08:49:37.250Z");
    private static final String SAME_SECOND = "Thu, 05 Nov 2026 08:49:37 GMT";
    private static final String EARLIER = "Thu, 05 Nov 2026 08:49:36 GMT";

    private static Headers headers(String... nameValues) {
        List<Header> fields = new ArrayList<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.add(new Header(nameValues[i], nameValues[i + 1]));
        }
        return new Headers(fields);
    }

    private static Result evaluate(String... nameValues) {
        return Preconditions.evaluate(headers(nameValues), VERSION, MODIFIED);
    }

    @Test
    void ifNoneMatchComparesWeaklyAndWinsOverIfModifiedSince() {
        assertEquals(Result.NOT_MODIFIED, evaluate("If-None-Match", "\"" + VERSION + "\""));
        assertEquals(Result.NOT_MODIFIED, evaluate("If-None-Match", "W/\"" + VERSION + "\""));
        assertEquals(Result.NOT_MODIFIED, evaluate("If-None-Match", "\"a\", \"b,c\" , \"" + VERSION + "\""));
        assertEquals(Result.NOT_MODIFIED, evaluate("If-None-Match", "\"a\"", "if-none-match", "\"" + VERSION + "\""));
        assertEquals(Result.NOT_MODIFIED, evaluate("If-None-Match", "*"));
        assertEquals(Result.PROCEED, evaluate("If-None-Match", "\"other\"", "If-Modified-Since", SAME_SECOND));
        assertEquals(Result.PROCEED, evaluate("If-None-Match", VERSION), "an unquoted tag is malformed: no match");
    }

    @Test
    void ifModifiedSinceComparesToTheSecond() {
        assertEquals(Result.NOT_MODIFIED, evaluate("If-Modified-Since", SAME_SECOND));
        assertEquals(Result.NOT_MODIFIED, evaluate("If-Modified-Since", "Thursday, 05-Nov-26 08:49:37 GMT"));
        assertEquals(Result.NOT_MODIFIED, evaluate("If-Modified-Since", "Thu Nov  5 08:49:37 2026"));
        assertEquals(Result.PROCEED, evaluate("If-Modified-Since", EARLIER));
        assertEquals(Result.PROCEED, evaluate("If-Modified-Since", "yesterday"), "an invalid date is ignored");
    }

    @Test
    void ifMatchAndIfUnmodifiedSinceFail412() {
        assertEquals(Result.FAILED, evaluate("If-Match", "\"other\""));
        assertEquals(Result.FAILED, evaluate("If-Match", "W/\"" + VERSION + "\""), "If-Match compares strongly");
        assertEquals(Result.PROCEED, evaluate("If-Match", "\"" + VERSION + "\""));
        assertEquals(Result.PROCEED, evaluate("If-Match", "*"));
        assertEquals(Result.FAILED, evaluate("If-Unmodified-Since", EARLIER));
        assertEquals(Result.PROCEED, evaluate("If-Unmodified-Since", SAME_SECOND));
    }

    @Test
    void ifRangeNeedsAStrongTagOrTheExactDate() {
        assertTrue(Preconditions.rangeApplies(headers(), VERSION, MODIFIED));
        assertTrue(Preconditions.rangeApplies(headers("If-Range", "\"" + VERSION + "\""), VERSION, MODIFIED));
        assertFalse(Preconditions.rangeApplies(headers("If-Range", "W/\"" + VERSION + "\""), VERSION, MODIFIED));
        assertFalse(Preconditions.rangeApplies(headers("If-Range", "\"old\""), VERSION, MODIFIED));
        assertTrue(Preconditions.rangeApplies(headers("If-Range", SAME_SECOND), VERSION, MODIFIED));
        assertFalse(Preconditions.rangeApplies(headers("If-Range", EARLIER), VERSION, MODIFIED));
        assertFalse(Preconditions.rangeApplies(headers("If-Range", "garbage"), VERSION, MODIFIED));
    }
}
