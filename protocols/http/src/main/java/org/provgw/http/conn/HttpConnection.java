package org.provgw.http.conn;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
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
import org.provgw.protocol.Outcome;

/**
 * One HTTP/1.1 connection: parses requests from the bytes received, hands them to the
 * {@link RequestHandler} one at a time, has their responses written in request order
 * (pipelining) by its {@link ResponseSender}, and decides when the connection ends. It knows
 * nothing of MINA: the network is a {@link Transport}.
 *
 * <p>Flow control: the next request is started only while the writes waiting to be sent are
 * within the {@link UnsentWrites} mark; the transport reports each write that has left, and
 * that resumes the flow. Requests parsed ahead wait in a queue of
 * {@value #MAX_QUEUED_REQUESTS}; beyond it reading pauses.
 *
 * <p>Deadlines ({@link #tick()}, called periodically): a request must arrive whole within the
 * request timeout of its first byte, or of the moment the server was ready for it (408 then);
 * a connection with nothing to do closes after the idle timeout (the request timeout before its
 * first request); a refused client is read from for {@link #LINGER} at most.
 *
 * <p>Thread-safe: every entry point takes the connection's lock, held only for bookkeeping and
 * for queuing writes, never while a provider is asked or a file read.
 */
public final class HttpConnection {

    /** Requests parsed ahead of their turn; beyond this, reading pauses. */
    static final int MAX_QUEUED_REQUESTS = 32;
    /** How long a refused client may go on sending after the response before it is cut off. */
    static final Duration LINGER = Duration.ofSeconds(2);

    private static final Logger LOG = LogManager.getLogger(HttpConnection.class);

    private enum State { OPEN, DRAINING, LINGERING, CLOSING, CLOSED }

    private final Transport transport;
    private final RequestHandler handler;
    private final ConnectionSettings settings;
    private final LongSupplier clock;
    private final InetSocketAddress peer;
    private final RequestParser parser;
    private final AccessRecorder recorder;
    private final ResponseSender sender;
    private final ArrayDeque<ParseEvent> queued = new ArrayDeque<>();
    private final List<Exchange> open = new ArrayList<>(2);
    private State state = State.OPEN;
    private ByteBuffer held;
    private Exchange active;
    private Exchange dispatching;
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
        this.clock = clock;
        this.peer = peer;
        this.parser = new RequestParser(settings.limits());
        this.recorder = new AccessRecorder(settings.protocol(), accessLog, clock);
        this.sender = new ResponseSender(this, transport, executor, recorder, new SenderEvents(), peer);
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
        sender.onSent(handle, active);
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
        for (Exchange exchange : open) {
            if (exchange.reply != null) {
                recorder.finish(exchange, AccessRecorder.cutShort(exchange, closeOutcome), false);
            } // else: logged when its reply arrives
        }
        queued.clear();
        sender.clear();
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
            respond(exchange);
            advance();
        } catch (RuntimeException e) {
            LOG.error("writing the response to {} failed", peer, e);
            fail(Outcome.SERVER_ERROR);
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
        while (state == State.OPEN && active == null && !queued.isEmpty() && sender.hasRoom()) {
            ParseEvent event = queued.poll();
            refill();
            start(event);
        }
        if (state == State.OPEN && inputClosed && active == null && queued.isEmpty()) {
            state = State.DRAINING;
        }
        boolean nowBusy = active != null || !queued.isEmpty() || !sender.isEmpty();
        if (busy && !nowBusy) {
            freeSince = clock.getAsLong();
        }
        busy = nowBusy;
        closeIfDrained();
    }

    private void start(ParseEvent event) {
        exchanges++;
        open.removeIf(done -> done.finished);
        RequestHead head = event instanceof RequestHead request ? request : null;
        Exchange exchange = new Exchange(this, head, peer, head != null && head.keepAlive() && closeOutcome == null,
                clock.getAsLong());
        active = exchange;
        open.add(exchange);
        if (head == null) {
            exchange.reply = handler.refuse((ParseEvent.Malformed) event, peer);
        } else {
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
        }
        if (exchange.reply != null && !exchange.finished) {
            respond(exchange);
        }
    }

    /** Has the reply written, and decides whether the connection ends after it. */
    private void respond(Exchange exchange) {
        sender.send(exchange);
        if (exchange.reply.close() && state == State.OPEN) {
            state = State.DRAINING;
            lingerOnClose = !inputClosed && (exchange.head() == null || parser.inRequest()
                    || !queued.isEmpty() || held != null);
            queued.clear();
            held = null;
            readingInput = false;
        }
    }

    /** A reply for a connection that is gone: nothing is sent, everything is given back. */
    private void abandon(Exchange exchange) {
        if (exchange.reply.body() instanceof ReplyBody.FileSlice slice) {
            slice.file().close();
        }
        recorder.finish(exchange, AccessRecorder.cutShort(exchange, closeOutcome), false);
    }

    private void closeIfDrained() {
        if (state != State.DRAINING || active != null || !sender.isEmpty()) {
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

    private void fail(Outcome outcome) {
        onFailure(outcome);
        transport.abort();
    }

    private Reply internalError(RequestHead head, RuntimeException e) {
        ByteBuffer body = Heads.errorText(HttpStatus.INTERNAL_SERVER_ERROR, "");
        ResponseHead response = Heads.withText(Heads.start(HttpStatus.INTERNAL_SERVER_ERROR, head.version(), false),
                body);
        AccessTemplate log = new AccessTemplate(peer, head.target(), "-", Outcome.SERVER_ERROR,
                head.method() + " 500 " + e);
        return new Reply(response, new ReplyBody.Bytes(body), true, log, Reply.NOTHING);
    }

    /** The sender's view of this connection; called under its lock. */
    private final class SenderEvents implements ResponseSender.Events {
        @Override
        public void queued(Exchange exchange) {
            if (active == exchange) {
                active = null;
            }
        }

        @Override
        public void resume() {
            advance();
        }

        @Override
        public void fail(Outcome outcome) {
            HttpConnection.this.fail(outcome);
        }

        @Override
        public boolean closed() {
            return state == State.CLOSED;
        }
    }
}
