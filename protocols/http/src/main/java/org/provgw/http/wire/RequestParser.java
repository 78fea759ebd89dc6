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
    /** Longest chunk-size line, chunk extensions included. */
    private static final int MAX_CHUNK_LINE = 1024;
    /** More hexadecimal digits than this is a chunk nobody accepts. */
    private static final int MAX_CHUNK_DIGITS = 15;

    private enum State { REQUEST_LINE, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, IGNORING, FAILED }

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
    private long bodyBytes;
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
            case CHUNK_SIZE -> chunkSize(in);
            case CHUNK_DATA -> chunkData(in);
            case CHUNK_END -> chunkEnd(in);
            case TRAILERS -> trailer(in);
            case IGNORING, FAILED -> throw new IllegalStateException(state.name());
        };
    }

    private RequestHead requestLine(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, limits.requestLine());
        if (result == LineReader.TOO_LONG) {
            throw requestLineTooLong();
        }
        if (!lineDone(result)) {
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
        if (!lineDone(result)) {
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
            state = State.CHUNK_SIZE;
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

    private RequestHead chunkSize(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, MAX_CHUNK_LINE);
        if (result == LineReader.TOO_LONG) {
            throw MalformedRequest.bad("chunk size line too long");
        }
        if (!lineDone(result)) {
            return null;
        }
        long size = chunkSizeValue();
        line.reset();
        if (size == 0) {
            headerBytes = 0;
            state = State.TRAILERS;
            return null;
        }
        bodyBytes += size;
        if (bodyBytes > limits.body()) {
            throw new MalformedRequest(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
        }
        remaining = size;
        state = State.CHUNK_DATA;
        return null;
    }

    /** {@code chunk-size [ BWS ";" chunk-ext ]}: the extensions are ignored. */
    private long chunkSizeValue() throws MalformedRequest {
        int digits = 0;
        while (digits < line.length() && Character.digit(line.at(digits), 16) >= 0) {
            digits++;
        }
        if (digits == 0) {
            throw MalformedRequest.bad("malformed chunk size");
        }
        for (int i = digits; i < line.length(); i++) {
            int b = line.at(i);
            if (b == ';') {
                break;
            }
            if (!Tokens.isWhitespace(b)) {
                throw MalformedRequest.bad("malformed chunk size");
            }
        }
        int first = 0;
        while (first < digits - 1 && line.at(first) == '0') {
            first++;
        }
        if (digits - first > MAX_CHUNK_DIGITS) {
            throw new MalformedRequest(HttpStatus.CONTENT_TOO_LARGE, "request body too large");
        }
        return Long.parseLong(line.text(first, digits), 16);
    }

    private RequestHead chunkData(ByteBuffer in) {
        skip(in);
        if (remaining == 0) {
            state = State.CHUNK_END;
        }
        return null;
    }

    private RequestHead chunkEnd(ByteBuffer in) throws MalformedRequest {
        int result = line.read(in, 0);
        if (result == LineReader.TOO_LONG) {
            throw MalformedRequest.bad("chunk longer than its size");
        }
        if (lineDone(result)) {
            line.reset();
            state = State.CHUNK_SIZE;
        }
        return null;
    }

    private RequestHead trailer(ByteBuffer in) throws MalformedRequest {
        int budget = limits.headerBytes() - headerBytes;
        int result = line.read(in, Math.max(0, budget - 2));
        if (result == LineReader.TOO_LONG) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "trailer section too large");
        }
        if (!lineDone(result)) {
            return null;
        }
        headerBytes += line.length() + 2;
        if (headerBytes > limits.headerBytes()) {
            throw new MalformedRequest(HttpStatus.HEADER_FIELDS_TOO_LARGE, "trailer section too large");
        }
        boolean last = line.length() == 0;
        line.reset();
        return last ? finish() : null;
    }

    /** Turns the line reader's result into "done" or "not yet", throwing on a bad line end. */
    private static boolean lineDone(int result) throws MalformedRequest {
        return switch (result) {
            case LineReader.DONE -> true;
            case LineReader.MORE -> false;
            case LineReader.NUL -> throw MalformedRequest.bad("NUL byte in request");
            case LineReader.BARE_CR -> throw MalformedRequest.bad("CR without LF");
            default -> throw new IllegalStateException("line result " + result);
        };
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
        bodyBytes = 0;
        remaining = 0;
        started = false;
        if (state != State.IGNORING) {
            state = State.REQUEST_LINE;
        }
        return done;
    }
}
