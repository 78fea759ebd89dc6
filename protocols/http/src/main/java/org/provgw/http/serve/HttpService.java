package org.provgw.http.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.http.conn.AccessTemplate;
import org.provgw.http.conn.PendingRequest;
import org.provgw.http.conn.Reply;
import org.provgw.http.conn.ReplyBody;
import org.provgw.http.conn.RequestHandler;
import org.provgw.http.semantics.BadTarget;
import org.provgw.http.semantics.RequestTarget;
import org.provgw.http.semantics.TrustedProxies;
import org.provgw.http.wire.HttpStatus;
import org.provgw.http.wire.ParseEvent;
import org.provgw.http.wire.RequestHead;
import org.provgw.protocol.FileResolver;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.ServingLimit;
import org.provgw.provider.Protocol;

/**
 * Serves GET and HEAD of {@code /<name>} from the provider chain. On the I/O thread: the method
 * (405), the target (400), the client behind trusted proxies, the serving limit (503); then the
 * look-up and the choice of response on the look-up executor, whose refusal is a 503 too. Files
 * up to {@value #INLINE_LIMIT} bytes are read there whole, so their descriptor is closed before
 * the response is written; larger ones are streamed by the connection.
 *
 * <p>A failure of this code itself (a bug, never bad input) is answered 500, logged once, and the
 * connection is closed; the server goes on serving.
 */
public final class HttpService implements RequestHandler {

    /** Largest body read into memory in one piece. */
    public static final int INLINE_LIMIT = 64 * 1024;

    private static final Logger LOG = LogManager.getLogger(HttpService.class);

    private final FileLookup lookup;
    private final FileReplies files;
    private final ErrorReplies errors;
    private final TrustedProxies proxies;
    private final ServingLimit limit;
    private final Executor executor;

    /**
     * @param rewriter the name-rewriting rules
     * @param resolver the provider chain
     * @param protocol the listener's protocol, as providers and rules see it
     * @param unsignedFallback whether {@code <name>.sgn} falls back to {@code <name>}
     * @param proxies whose {@code X-Forwarded-For} to believe
     * @param limit requests served at once, overall and per client
     * @param executor where look-ups run
     * @param retryAfterSeconds what {@code Retry-After} says on 503
     * @return the service
     */
    public static HttpService create(NameRewriter rewriter, FileResolver resolver, Protocol protocol,
                                     boolean unsignedFallback, TrustedProxies proxies, ServingLimit limit,
                                     Executor executor, long retryAfterSeconds) {
        return new HttpService(new FileLookup(rewriter, resolver, protocol, unsignedFallback),
                new ErrorReplies(retryAfterSeconds), proxies, limit, executor);
    }

    /**
     * @param lookups rewriting, normalization and the provider chain
     * @param errors error responses
     * @param proxies whose {@code X-Forwarded-For} to believe
     * @param limit requests served at once, overall and per client
     * @param executor where look-ups run
     */
    HttpService(FileLookup lookups, ErrorReplies errors, TrustedProxies proxies, ServingLimit limit,
                Executor executor) {
        this.lookup = lookups;
        this.files = new FileReplies(errors);
        this.errors = errors;
        this.proxies = proxies;
        this.limit = limit;
        this.executor = executor;
    }

    @Override
    public Reply refuse(ParseEvent.Malformed malformed, InetSocketAddress peer) {
        return errors.malformed(malformed, peer);
    }

    @Override
    public void handle(PendingRequest request) {
        RequestHead head = request.head();
        InetSocketAddress client = proxies.client(request.peer(), head.headers());
        boolean keepAlive = request.keepAlive();
        String method = head.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.complete(errors.of(head, keepAlive, HttpStatus.METHOD_NOT_ALLOWED, "",
                    log(client, head.target(), Outcome.BAD_REQUEST, method + " 405"), Reply.NOTHING));
            return;
        }
        String name;
        try {
            name = RequestTarget.decodePath(head.target()).substring(1);
        } catch (BadTarget e) {
            request.complete(errors.of(head, keepAlive, HttpStatus.BAD_REQUEST, e.getMessage(),
                    log(client, head.target(), Outcome.BAD_REQUEST, method + " 400 " + e.getMessage()), Reply.NOTHING));
            return;
        }
        Optional<ServingLimit.Slot> slot = limit.tryAcquire(client.getAddress());
        if (slot.isEmpty()) {
            request.complete(busy(head, keepAlive, client, name, "serving limit"));
            return;
        }
        try {
            executor.execute(() -> request.complete(serveGuarded(head, keepAlive, name, client, slot.get())));
        } catch (RejectedExecutionException e) {
            slot.get().close();
            request.complete(busy(head, keepAlive, client, name, "look-up pool full"));
        }
    }

    private Reply serveGuarded(RequestHead head, boolean keepAlive, String name, InetSocketAddress client,
                               ServingLimit.Slot slot) {
        try {
            return serve(head, keepAlive, name, client, slot);
        } catch (RuntimeException e) {
            LOG.error("serving {} {} to {} failed", head.method(), head.target(), client, e);
            return errors.of(head, false, HttpStatus.INTERNAL_SERVER_ERROR, "",
                    log(client, name, Outcome.SERVER_ERROR, head.method() + " 500 " + e), slot);
        }
    }

    private Reply serve(RequestHead head, boolean keepAlive, String name, InetSocketAddress client,
                        ServingLimit.Slot slot) {
        String method = head.method();
        Lookup found = lookup.find(name, client);
        if (found instanceof Lookup.Found file) {
            return fileReply(head, keepAlive, file, client, slot);
        }
        if (found instanceof Lookup.Denied denied) {
            return errors.of(head, keepAlive, HttpStatus.FORBIDDEN, denied.message(),
                    log(client, denied.name(), Outcome.DENIED, method + " 403 " + denied.message()), slot);
        }
        if (found instanceof Lookup.BadName bad) {
            return errors.of(head, keepAlive, HttpStatus.BAD_REQUEST, bad.message(),
                    log(client, bad.name(), Outcome.DENIED, method + " 400 " + bad.message()), slot);
        }
        if (found instanceof Lookup.Unavailable down) {
            return errors.of(head, keepAlive, HttpStatus.SERVICE_UNAVAILABLE, "temporarily unavailable, try again",
                    new AccessTemplate(client, down.name(), down.provider(), Outcome.UNAVAILABLE,
                            method + " 503 " + down.reason()), slot);
        }
        Lookup.NotFound missing = (Lookup.NotFound) found;
        return errors.of(head, keepAlive, HttpStatus.NOT_FOUND, "",
                log(client, missing.name(), Outcome.NOT_FOUND, method + " 404"), slot);
    }

    private Reply fileReply(RequestHead head, boolean keepAlive, Lookup.Found found, InetSocketAddress client,
                            ServingLimit.Slot slot) {
        Reply reply;
        try {
            reply = files.reply(head, keepAlive, found, client, slot);
        } catch (RuntimeException e) {
            found.file().close();
            throw e;
        }
        if (!(reply.body() instanceof ReplyBody.FileSlice slice)) {
            found.file().close();
            return reply;
        }
        if (slice.length() > INLINE_LIMIT) {
            return reply; // the connection owns the file now and streams it
        }
        try {
            ByteBuffer bytes = readWhole(slice);
            return new Reply(reply.head(), new ReplyBody.Bytes(bytes), reply.close(), reply.log(), slot);
        } catch (IOException e) {
            LOG.warn("reading {} from provider {} failed: {}", found.request().path(), found.provider(), e.toString());
            return errors.of(head, keepAlive, HttpStatus.SERVICE_UNAVAILABLE, "temporarily unavailable, try again",
                    new AccessTemplate(client, found.request().path(), found.provider(), Outcome.UNAVAILABLE,
                            head.method() + " 503 read failed"), slot);
        } finally {
            found.file().close();
        }
    }

    private static ByteBuffer readWhole(ReplyBody.FileSlice slice) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate((int) slice.length());
        long position = slice.position();
        while (bytes.hasRemaining()) {
            int n = slice.file().read(bytes, position);
            if (n < 0) {
                throw new IOException("the file ended " + bytes.remaining() + " bytes early");
            }
            position += n;
        }
        return bytes.flip();
    }

    private Reply busy(RequestHead head, boolean keepAlive, InetSocketAddress client, String name, String why) {
        return errors.of(head, keepAlive, HttpStatus.SERVICE_UNAVAILABLE, "busy, try again",
                log(client, name, Outcome.BUSY, head.method() + " 503 " + why), Reply.NOTHING);
    }

    private static AccessTemplate log(InetSocketAddress client, String file, Outcome outcome, String detail) {
        return new AccessTemplate(client, file, "-", outcome, detail);
    }
}
