package org.provgw.http.wire;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An incremental HTTP/1.1 request parser (RFC 9112), fed whatever byte slices the network
 * delivers. It knows nothing of sockets: the caller passes bytes, and gets back a complete
 * request, a refusal with the status to answer, or "need more". It never throws on input.
 *
 * <p>A request's body (GET and HEAD have none that means anything) is read and discarded
 * before the request is returned, within {@link ParseLimits#body()}, so that one request gets
 * one answer and the next request starts where the body ended. A client that expects
 * {@code 100 Continue} is answered without its body being read, and the connection is then
 * closed ({@link RequestHead#mustClose()}).
 *
 * <p>After a {@link ParseEvent.Malformed} the parser is spent: later calls return the same
 * event and consume nothing, because the framing of whatever follows is unknown.
 *
 * <p>Not thread-safe: one parser per connection, used by one thread at a time.
 */
public final class RequestParser {

    /** Empty lines accepted before a request line (RFC 9112 §2.2 asks for at least one). */
    private static final int MAX_LEADING_EMPTY_LINES = 8;

    private enum State { REQUEST_LINE, HEADERS, BODY, CHUNKED, IGNORING, FAILED }

    private final ParseLimits limits;
    private final LineReader line = new LineReader();
    private final List<Header> fields = new ArrayList<>();
    private State state = State.REQUEST_LINE;
    private boolean started;
    private int emptyLines;
    private int headerBytes;
    private RequestLine requestLine;
    private RequestHead head;
    private long remaining;
    private ChunkedBody chunked;
    private ParseEvent.Malformed failure;

    /** @param limits how much of a request to accept */
    public RequestParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Consumes bytes from {@code in} until a request is complete, one is refused, or the bytes
     * run out. Bytes after a complete request stay in {@code in} for the next call.
     *
     * @param in the bytes received, read from their position
     * @return the request, the refusal, or {@link ParseEvent#NEED_MORE} when every byte was
     *     consumed without completing a request
     */
    public ParseEvent parse(ByteBuffer in) {
        if (failure != null) {
            return failure;
        }
        try {
            while (in.hasRemaining() && state != State.IGNORING) {
                started = true;
                RequestHead done = step(in);
                if (done != null) {
                    return done;
                }
            }
            if (state == State.IGNORING) {
                in.position(in.limit());
            }
            return ParseEvent.NEED_MORE;
        } catch (MalformedRequest e) {
            state = State.FAILED;
            failure = e.event();
            return failure;
        }
    }

    /**
     * @return whether part of a request has been received but not all of it: the time a client
     *     takes from here to the end of the request is what a request deadline bounds
     */
    public boolean inRequest() {
        return started && state != State.IGNORING && state != State.FAILED;
    }

    /** @return whether the parser refused a request or stopped reading; nothing more will come */
    public boolean spent() {
        return state == State.IGNORING || state == State.FAILED;
    }

    private RequestHead step(ByteBuffer in) throws MalformedRequest {
        return switch (state) {
            case REQUEST_LINE -> requestLine(in);
            case HEADERS -> headerLine(in);
            case BODY -> body(in);
            case CHUNKED -> chunked.read(in) ? finish() : null;
            case IGNORING, FAILED -> throw new IllegalStateException(state.name());
        };
    }

    private RequestHead requestLine(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, limits.requestLine());
        if (result == LineReader.TOO_LONG) {
            throw requestLineTooLong();
        }
        if (!LineReader.done(result)) {
            return null;
        }
        if (line.length() == 0) {
            if (++emptyLines > MAX_LEADING_EMPTY_LINES) {
                throw MalformedRequest.bad("empty lines instead of a request");
            }
            line.reset();
            return null;
        }
        requestLine = RequestLine.parse(line, limits.uri());
        line.reset();
        state = State.HEADERS;
        return null;
    }

    /**
     * Which part of the line is long decides the status: a target still running when the line
     * overflows, or longer than its own limit, is 414; anything else is 400.
     */
    private MalformedRequest requestLineTooLong() {
        int first = -1;
        int second = -1;
        for (int i = 0; i < line.length() && second < 0; i++) {
            if (line.at(i) == ' ') {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        boolean targetTooLong = first >= 0 && (second < 0 || second - first - 1 > limits.uri());
        return targetTooLong ? new MalformedRequest(HttpStatus.URI_TOO_LONG, "request target too long")
                : MalformedRequest.bad("request line too long");
    }

    private RequestHead headerLine(ByteBuffer in) throws MalformedRequest {
        int budget = limits.headerBytes() - headerBytes;
        int result = line.read(in, Math.max(0, budget - 2));
        if (result == LineReader.TOO_LONG) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "header section too large");
        }
        if (!LineReader.done(result)) {
            return null;
        }
        headerBytes += line.length() + 2;
        if (headerBytes > limits.headerBytes()) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "header section too large");
        }
        if (line.length() == 0) {
            line.reset();
            return endOfHead();
        }
        if (fields.size() == limits.headerCount()) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "too many header fields");
        }
        fields.add(HeaderLine.parse(line));
        line.reset();
        return null;
    }

    private RequestHead endOfHead() throws MalformedRequest {
        Headers headers = new Headers(fields);
        HostField.check(requestLine.version(), headers);
        BodyFraming framing = BodyFraming.of(requestLine.version(), headers, limits.body());
        boolean skipBody = framing.hasBody() && framing.expectContinue();
        head = new RequestHead(requestLine.method(), requestLine.target(), requestLine.version(), headers,
                skipBody);
        if (skipBody) {
            // Answered before the body is sent (the client waits for 100 Continue): the body's
            // bytes, if the client sends them anyway, are not read as a request.
            state = State.IGNORING;
            return finish();
        }
        if (framing.chunked()) {
            chunked = new ChunkedBody(line, limits.body(), limits.headerBytes());
            state = State.CHUNKED;
            return null;
        }
        if (framing.length() > 0) {
            remaining = framing.length();
            state = State.BODY;
            return null;
        }
        return finish();
    }

    private RequestHead body(ByteBuffer in) {
        skip(in);
        return remaining == 0 ? finish() : null;
    }

    private void skip(ByteBuffer in) {
        int n = (int) Math.min(remaining, in.remaining());
        in.position(in.position() + n);
        remaining -= n;
    }

    private RequestHead finish() {
        RequestHead done = head;
        head = null;
        requestLine = null;
        fields.clear();
        headerBytes = 0;
        emptyLines = 0;
        chunked = null;
        remaining = 0;
        started = false;
        if (state != State.IGNORING) {
            state = State.REQUEST_LINE;
        }
        return done;
    }
}
