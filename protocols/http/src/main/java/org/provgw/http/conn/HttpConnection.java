package org.provgw.http.conn;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.http.wire.Heads;
import org.provgw.http.wire.HttpStatus;
import org.provgw.http.wire.ParseEvent;
import org.provgw.http.wire.RequestHead;
import org.provgw.http.wire.RequestParser;
import org.provgw.http.wire.ResponseHead;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;

/**
 * One HTTP/1.1 connection: parses requests from the bytes received, hands them to the
 * {@link RequestHandler} one at a time, writes the responses in request order (pipelining), and
 * decides when the connection ends. It knows nothing of MINA: the network is a {@link Transport}.
 *
 * <p>Flow control: a new response is started, and a file's next chunk read, only while less than
 * {@value #HIGH_WATER} bytes and {@value #MAX_UNSENT_WRITES} writes are queued but not sent, so a
 * client that reads slowly holds a bounded amount of memory and no thread; the transport reports
 * each write that has left, and that resumes the flow. Files are streamed in chunks read on the
 * look-up executor, or handed to the transport for zero-copy when it can.
 *
 * <p>Deadlines ({@link #tick()}, called periodically): a request must arrive whole within the
 * request timeout of its first byte, or of the moment the server was ready for it (408 then);
 * a connection with nothing to do closes after the idle timeout (the request timeout before its
 * first request).
 *
 * <p>Thread-safe: every entry point takes the connection's lock, held only for bookkeeping and
 * for queuing writes, never while a provider is asked or a file read.
 */
public final class HttpConnection {

    /** Requests parsed ahead of their turn; beyond this, reading pauses. */
    static final int MAX_QUEUED_REQUESTS = 32;
    /** Writes queued but not yet sent (MINA's TLS filter refuses more than 64). */
    static final int MAX_UNSENT_WRITES = 16;
    /** Bytes queued but not yet sent before the connection stops adding more. */
    static final long HIGH_WATER = 256 * 1024;
    /** Chunks one executor task reads before it gives its thread back. */
    static final int CHUNKS_PER_TASK = 16;
    /** How long a refused client may go on sending after the response before it is cut off. */
    static final Duration LINGER = Duration.ofSeconds(2);

    private static final Logger LOG = LogManager.getLogger(HttpConnection.class);

    private enum State { OPEN, DRAINING, LINGERING, CLOSING, CLOSED }

    /** A write the transport has not reported sent yet. */
    private record Unsent(Object handle, long bytes, long bodyBytes, Exchange exchange, boolean last) {
    }

    private final Transport transport;
    private final RequestHandler handler;
    private final ConnectionSettings settings;
    private final AccessLog accessLog;
    private final Executor executor;
    private final LongSupplier clock;
    private final InetSocketAddress peer;
    private final RequestParser parser;
    private final ArrayDeque<ParseEvent> queued = new ArrayDeque<>();
    private final ArrayDeque<Unsent> unsent = new ArrayDeque<>();
    private final List<Exchange> open = new ArrayList<>(2);
    private State state = State.OPEN;
    private ByteBuffer held;
    private Exchange active;
    private Exchange dispatching;
    private long unsentBytes;
    private boolean readingInput = true;
    private boolean inputClosed;
    private boolean lingerOnClose;
    private boolean busy;
    private long requestStarted;
    private long freeSince;
    private long lingerSince;
    private int exchanges;
    private Outcome closeOutcome;

    /**
     * @param transport the network side
     * @param handler chooses the responses
     * @param settings limits and timeouts
     * @param accessLog where each request's line goes
     * @param executor where file chunks are read
     * @param clock monotonic nanoseconds
     * @param peer the address the connection comes from
     */
    public HttpConnection(Transport transport, RequestHandler handler, ConnectionSettings settings,
                          AccessLog accessLog, Executor executor, LongSupplier clock, InetSocketAddress peer) {
        this.transport = transport;
        this.handler = handler;
        this.settings = settings;
        this.accessLog = accessLog;
        this.executor = executor;
        this.clock = clock;
        this.peer = peer;
        this.parser = new RequestParser(settings.limits());
        this.freeSince = clock.getAsLong();
    }

    /** @param in bytes received; all consumed (kept aside when requests are queued up) */
    public synchronized void onBytes(ByteBuffer in) {
        if (state != State.OPEN || !readingInput) {
            in.position(in.limit());
            return;
        }
        if (held != null) {
            held = ByteBuffer.allocate(held.remaining() + in.remaining()).put(held).put(in).flip();
            return;
        }
        parse(in);
        advance();
    }

    /** @param handle the handle of a write that has left, in write order */
    public synchronized void onSent(Object handle) {
        Unsent sent = unsent.peek();
        if (sent == null || sent.handle() != handle) {
            return; // not ours: nothing else is written on this connection
        }
        unsent.poll();
        unsentBytes -= sent.bytes();
        Exchange exchange = sent.exchange();
        exchange.bodySent += sent.bodyBytes();
        if (sent.last()) {
            finish(exchange, exchange.reply.log().outcome(), true);
        }
        if (active != null && active.stream != null) {
            pump(active);
        }
        advance();
    }

    /** The client shut down its side: answer what was received, then close. */
    public synchronized void onInputClosed() {
        if (state == State.LINGERING) {
            transport.abort();
            return;
        }
        inputClosed = true;
        readingInput = false;
        lingerOnClose = false; // nothing more can arrive to linger for
        advance();
    }

    /**
     * Records why the server is ending the connection (a send timeout), for the access-log lines
     * of responses it cuts short.
     *
     * @param outcome the outcome of those responses
     */
    public synchronized void onFailure(Outcome outcome) {
        if (closeOutcome == null) {
            closeOutcome = outcome;
        }
    }

    /** The connection is gone: every response not fully sent is logged as cut short. */
    public synchronized void onClosed() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        for (Exchange exchange : List.copyOf(open)) {
            if (exchange.reply != null) {
                finish(exchange, cutShort(exchange), false);
            } // else: logged when its reply arrives
        }
        queued.clear();
        unsent.clear();
        unsentBytes = 0;
        held = null;
        active = null;
    }

    /** The server is stopping: end the connection now; cut-short responses log {@code shutdown}. */
    public synchronized void shutdown() {
        onFailure(Outcome.SHUTDOWN);
        if (state != State.CLOSED) {
            transport.abort();
        }
    }

    /** Enforces the request, idle and linger deadlines; call it every few hundred milliseconds. */
    public synchronized void tick() {
        long now = clock.getAsLong();
        if (state == State.LINGERING) {
            if (now - lingerSince >= LINGER.toNanos()) {
                transport.abort();
            }
            return;
        }
        if (state != State.OPEN || busy || !readingInput) {
            return;
        }
        if (parser.inRequest()) {
            if (now - Math.max(requestStarted, freeSince) >= settings.requestTimeout().toNanos()) {
                readingInput = false;
                queued.add(new ParseEvent.Malformed(HttpStatus.REQUEST_TIMEOUT, "request not received in time"));
                advance();
            }
            return;
        }
        Duration idle = exchanges == 0 ? settings.requestTimeout() : settings.idleTimeout();
        if (now - freeSince >= idle.toNanos()) {
            state = State.CLOSING;
            transport.close(false);
        }
    }

    /** The linger deadline passed in the transport's own timing; same as a {@link #tick()} past it. */
    public synchronized void onLingerTimeout() {
        if (state == State.LINGERING) {
            transport.abort();
        }
    }

    private void parse(ByteBuffer in) {
        while (in.hasRemaining() && !parser.spent()) {
            if (queued.size() >= MAX_QUEUED_REQUESTS) {
                held = ByteBuffer.allocate(in.remaining()).put(in).flip();
                transport.suspendRead();
                return;
            }
            ParseEvent event = parser.parse(in);
            if (event instanceof ParseEvent.NeedMore) {
                break;
            }
            queued.add(event);
            requestStarted = 0;
        }
        if (parser.spent()) {
            in.position(in.limit()); // after a refusal, or a body that will not be read
        }
        if (parser.inRequest() && requestStarted == 0) {
            requestStarted = clock.getAsLong();
        }
    }

    /** Takes held bytes back into the parser as the queue makes room. */
    private void refill() {
        if (held == null || queued.size() >= MAX_QUEUED_REQUESTS) {
            return;
        }
        ByteBuffer bytes = held;
        held = null;
        parse(bytes);
        if (held == null) {
            transport.resumeRead();
        }
    }

    /** Starts the next request when it is its turn and the flow allows; closes when all is done. */
    private void advance() {
        while (state == State.OPEN && active == null && !queued.isEmpty()
                && unsent.size() < MAX_UNSENT_WRITES && unsentBytes < HIGH_WATER) {
            ParseEvent event = queued.poll();
            refill();
            start(event);
        }
        if (state == State.OPEN && inputClosed && active == null && queued.isEmpty()) {
            state = State.DRAINING;
        }
        boolean nowBusy = active != null || !queued.isEmpty() || !unsent.isEmpty();
        if (busy && !nowBusy) {
            freeSince = clock.getAsLong();
        }
        busy = nowBusy;
        closeIfDrained();
    }

    private void start(ParseEvent event) {
        Exchange exchange;
        exchanges++;
        long now = clock.getAsLong();
        if (event instanceof RequestHead head) {
            exchange = new Exchange(this, head, peer, head.keepAlive() && closeOutcome == null, now);
            active = exchange;
            open.add(exchange);
            dispatching = exchange;
            try {
                handler.handle(exchange);
            } catch (RuntimeException e) {
                LOG.error("handling {} {} from {} failed", head.method(), head.target(), peer, e);
                if (exchange.reply == null) {
                    exchange.reply = internalError(head, e);
                }
            } finally {
                dispatching = null;
            }
        } else {
            exchange = new Exchange(this, null, peer, false, now);
            active = exchange;
            open.add(exchange);
            exchange.reply = handler.refuse((ParseEvent.Malformed) event, peer);
        }
        if (exchange.reply != null && !exchange.finished) {
            writeReply(exchange);
        }
    }

    /** Called through {@link Exchange#complete}, from any thread. */
    synchronized void onReply(Exchange exchange, Reply reply) {
        if (exchange.reply != null) {
            throw new IllegalStateException("a request is completed once");
        }
        exchange.reply = reply;
        if (state == State.CLOSED) {
            abandon(exchange);
            return;
        }
        if (exchange == dispatching) {
            return; // written when the handler returns
        }
        try {
            writeReply(exchange);
            advance();
        } catch (RuntimeException e) {
            LOG.error("writing the response to {} failed", peer, e);
            onFailure(Outcome.SERVER_ERROR);
            transport.abort();
        }
    }

    /** A reply for a connection that is gone: nothing is sent, everything is given back. */
    private void abandon(Exchange exchange) {
        if (exchange.reply.body() instanceof ReplyBody.FileSlice slice) {
            slice.file().close();
        }
        finish(exchange, cutShort(exchange), false);
    }

    private void writeReply(Exchange exchange) {
        Reply reply = exchange.reply;
        ResponseHead head = reply.head();
        ReplyBody body = reply.body();
        if (body instanceof ReplyBody.Bytes bytes) {
            ByteBuffer content = bytes.bytes().duplicate();
            int length = content.remaining();
            ByteBuffer out = ByteBuffer.allocate(head.encodedLength() + length);
            head.writeTo(out);
            write(exchange, out.put(content).flip(), length, true);
        } else if (body instanceof ReplyBody.FileSlice slice) {
            write(exchange, head.encode(), 0, false);
            Optional<FileChannel> channel = transport.zeroCopy() ? slice.file().fileChannel() : Optional.empty();
            if (channel.isPresent()) {
                exchange.zeroCopyFile = slice.file();
                Object handle = transport.write(channel.get(), slice.position(), slice.length());
                track(handle, slice.length(), slice.length(), exchange, true);
            } else {
                exchange.stream = new FileStream(slice.file(), slice.position(), slice.length());
                pump(exchange);
            }
        } else {
            write(exchange, head.encode(), 0, true);
        }
        if (exchange.stream == null) {
            exchange.fullyQueued = true;
            if (active == exchange) {
                active = null;
            }
        }
        if (reply.close() && state == State.OPEN) {
            state = State.DRAINING;
            lingerOnClose = !inputClosed && (exchange.head() == null || parser.inRequest()
                    || !queued.isEmpty() || held != null);
            queued.clear();
            held = null;
            readingInput = false;
        }
    }

    /** Starts reading the next chunk of the active file if the flow allows. */
    private void pump(Exchange exchange) {
        FileStream stream = exchange.stream;
        if (stream == null || stream.reading() || state == State.CLOSED
                || unsent.size() >= MAX_UNSENT_WRITES || unsentBytes >= HIGH_WATER) {
            return;
        }
        stream.startRead();
        try {
            executor.execute(() -> readChunks(exchange, stream));
        } catch (RejectedExecutionException e) {
            stream.endRead(0);
            LOG.warn("no look-up thread to read the next chunk for {}: {}", peer, e.getMessage());
            onFailure(Outcome.BUSY);
            transport.abort();
        }
    }

    /**
     * On the executor: reads chunks and queues them while the flow allows, at most
     * {@value #CHUNKS_PER_TASK} before giving the thread back (a fast client must not keep a
     * look-up thread for a whole file).
     */
    private void readChunks(Exchange exchange, FileStream stream) {
        for (int chunks = 1; ; chunks++) {
            ByteBuffer chunk;
            try {
                chunk = stream.readChunk();
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    stream.endRead(0);
                    if (state != State.CLOSED) {
                        LOG.warn("reading {} for {} failed mid-response: {}", exchange.reply.log().file(), peer,
                                e.toString());
                        onFailure(Outcome.SERVER_ERROR);
                        transport.abort();
                    }
                }
                return;
            }
            synchronized (this) {
                stream.endRead(chunk.remaining());
                if (state == State.CLOSED || exchange.finished) {
                    return;
                }
                boolean last = stream.exhausted();
                write(exchange, chunk, chunk.remaining(), last);
                if (last) {
                    exchange.stream = null;
                    exchange.fullyQueued = true;
                    exchange.zeroCopyFile = null;
                    stream.release();
                    if (active == exchange) {
                        active = null;
                    }
                    advance();
                    return;
                }
                if (unsent.size() >= MAX_UNSENT_WRITES || unsentBytes >= HIGH_WATER) {
                    return; // resumed by onSent
                }
                if (chunks == CHUNKS_PER_TASK) {
                    pump(exchange); // the rest in a fresh task, behind waiting look-ups
                    return;
                }
                stream.startRead();
            }
        }
    }

    private void write(Exchange exchange, ByteBuffer bytes, long bodyBytes, boolean last) {
        long size = bytes.remaining();
        Object handle = transport.write(bytes, unsent.isEmpty());
        if (handle == Transport.SENT) {
            exchange.bodySent += bodyBytes;
            if (last) {
                finish(exchange, exchange.reply.log().outcome(), true);
            }
            return;
        }
        track(handle, size, bodyBytes, exchange, last);
    }

    private void track(Object handle, long size, long bodyBytes, Exchange exchange, boolean last) {
        unsent.add(new Unsent(handle, size, bodyBytes, exchange, last));
        unsentBytes += size;
    }

    private void closeIfDrained() {
        if (state != State.DRAINING || active != null || !unsent.isEmpty()) {
            return;
        }
        if (lingerOnClose) {
            state = State.LINGERING;
            lingerSince = clock.getAsLong();
        } else {
            state = State.CLOSING;
        }
        transport.close(lingerOnClose);
    }

    /** Logs the request once and gives back what its response held. */
    private void finish(Exchange exchange, Outcome outcome, boolean completed) {
        if (exchange.finished) {
            return;
        }
        exchange.finished = true;
        open.remove(exchange);
        if (exchange.stream != null) {
            exchange.stream.release();
        }
        if (exchange.zeroCopyFile != null) {
            exchange.zeroCopyFile.close();
        }
        Reply reply = exchange.reply;
        try {
            reply.release().close();
        } catch (Exception e) {
            LOG.warn("releasing the response to {} failed", peer, e);
        }
        AccessTemplate log = reply.log();
        long millis = (clock.getAsLong() - exchange.startedNanos) / 1_000_000;
        accessLog.record(new AccessRecord(settings.protocol(), log.client(), log.file(), log.provider(),
                exchange.bodySent, completed ? 1 : 0, 0, millis, outcome, log.detail()));
    }

    /** A response cut short keeps an error outcome; a success becomes why the connection ended. */
    private Outcome cutShort(Exchange exchange) {
        Outcome planned = exchange.reply.log().outcome();
        if (planned != Outcome.COMPLETED) {
            return planned;
        }
        return closeOutcome != null ? closeOutcome : Outcome.CLIENT_ABORTED;
    }

    private Reply internalError(RequestHead head, RuntimeException e) {
        ByteBuffer body = Heads.errorText(HttpStatus.INTERNAL_SERVER_ERROR, "");
        ResponseHead response = Heads.withText(Heads.start(HttpStatus.INTERNAL_SERVER_ERROR, head.version(), false),
                body);
        AccessTemplate log = new AccessTemplate(peer, head.target(), "-", Outcome.SERVER_ERROR,
                head.method() + " 500 " + e);
        return new Reply(response, new ReplyBody.Bytes(body), true, log, Reply.NOTHING);
    }
}
