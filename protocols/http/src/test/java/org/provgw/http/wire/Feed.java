package org.provgw.http.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Feeds bytes to a parser in given slices and collects every event, as a connection would. */
final class Feed {

    private Feed() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** @return the events from feeding {@code bytes} whole */
    static List<ParseEvent> whole(ParseLimits limits, byte[] bytes) {
        return split(limits, bytes, bytes.length);
    }

    /** @return the events from feeding {@code bytes} in slices of {@code size} */
    static List<ParseEvent> split(ParseLimits limits, byte[] bytes, int size) {
        RequestParser parser = new RequestParser(limits);
        List<ParseEvent> events = new ArrayList<>();
        for (int from = 0; from < bytes.length && !refused(events); from += size) {
            feed(parser, ByteBuffer.wrap(bytes, from, Math.min(size, bytes.length - from)), events);
        }
        return events;
    }

    /** @return the events from feeding {@code bytes} in two slices cut at {@code cut} */
    static List<ParseEvent> cutAt(ParseLimits limits, byte[] bytes, int cut) {
        RequestParser parser = new RequestParser(limits);
        List<ParseEvent> events = new ArrayList<>();
        feed(parser, ByteBuffer.wrap(bytes, 0, cut), events);
        if (!refused(events)) {
            feed(parser, ByteBuffer.wrap(bytes, cut, bytes.length - cut), events);
        }
        return events;
    }

    /** A connection stops feeding after a refusal: it answers and closes. */
    private static boolean refused(List<ParseEvent> events) {
        return !events.isEmpty() && events.get(events.size() - 1) instanceof ParseEvent.Malformed;
    }

    private static void feed(RequestParser parser, ByteBuffer slice, List<ParseEvent> events) {
        while (slice.hasRemaining()) {
            ParseEvent event = parser.parse(slice);
            if (event instanceof ParseEvent.NeedMore) {
                return;
            }
            events.add(event);
            if (event instanceof ParseEvent.Malformed) {
                return;
            }
        }
    }
}
