package org.provgw.http.serve;

import java.net.InetSocketAddress;
import org.provgw.http.conn.AccessTemplate;
import org.provgw.http.conn.Reply;
import org.provgw.http.conn.ReplyBody;
import org.provgw.http.semantics.ByteRange;
import org.provgw.http.semantics.ContentTypes;
import org.provgw.http.semantics.Preconditions;
import org.provgw.http.wire.HttpDates;
import org.provgw.http.wire.Heads;
import org.provgw.http.wire.HttpStatus;
import org.provgw.http.wire.RequestHead;
import org.provgw.http.wire.ResponseHead;
import org.provgw.protocol.Outcome;
import org.provgw.provider.ProvidedFile;

/**
 * The response to a GET or HEAD of a file that exists: preconditions (304, 412), then the range
 * (206, 416, or 200 for the whole file), with {@code Content-Type} by extension,
 * {@code Last-Modified}, the strong {@code ETag} of the file's version and
 * {@code Accept-Ranges: bytes}. HEAD gets the head GET would get, and no range handling
 * (RFC 9110 §14.2 defines ranges for GET only).
 */
final class FileReplies {

    private final ErrorReplies errors;

    FileReplies(ErrorReplies errors) {
        this.errors = errors;
    }

    /**
     * @param request the request
     * @param keepAlive whether the connection may stay open
     * @param found the file; the reply's body takes it over when it is a
     *     {@link ReplyBody.FileSlice}, otherwise the caller still owns it
     * @param client the client
     * @param release what to give back at the end
     * @return the reply
     */
    Reply reply(RequestHead request, boolean keepAlive, Lookup.Found found, InetSocketAddress client,
                AutoCloseable release) {
        ProvidedFile file = found.file();
        String path = found.request().path();
        String method = request.method();
        String note = found.unsignedFallback() ? " unsigned" : "";
        switch (Preconditions.evaluate(request.headers(), file.version(), file.lastModified())) {
            case FAILED -> {
                AccessTemplate log = log(client, path, found, Outcome.BAD_REQUEST, method + " 412" + note);
                return errors.of(request, keepAlive, HttpStatus.PRECONDITION_FAILED, "", log, release);
            }
            case NOT_MODIFIED -> {
                ResponseHead head = validators(Heads.start(HttpStatus.NOT_MODIFIED, request.version(), keepAlive), file);
                AccessTemplate log = log(client, path, found, Outcome.COMPLETED, method + " 304" + note);
                return new Reply(head, ReplyBody.NONE, !keepAlive, log, release);
            }
            case PROCEED -> {
                // the range decides below
            }
        }
        long size = file.size();
        ByteRange range = method.equals("GET")
                && Preconditions.rangeApplies(request.headers(), file.version(), file.lastModified())
                ? ByteRange.of(request.headers().first("Range"), size) : new ByteRange.Whole();
        if (range instanceof ByteRange.Unsatisfiable) {
            AccessTemplate log = log(client, path, found, Outcome.BAD_REQUEST, method + " 416" + note);
            Reply reply = errors.of(request, keepAlive, HttpStatus.RANGE_NOT_SATISFIABLE, "", log, release);
            reply.head().add("Content-Range", "bytes */" + size);
            return reply;
        }
        long first = 0;
        long length = size;
        HttpStatus status = HttpStatus.OK;
        String detail = method + " 200";
        if (range instanceof ByteRange.Partial partial) {
            first = partial.first();
            length = partial.length();
            status = HttpStatus.PARTIAL_CONTENT;
            detail = method + " 206 bytes " + partial.first() + "-" + partial.last() + "/" + size;
        }
        ResponseHead head = validators(Heads.start(status, request.version(), keepAlive), file)
                .add("Content-Type", ContentTypes.of(path))
                .add("Accept-Ranges", "bytes")
                .add("Content-Length", length);
        if (status == HttpStatus.PARTIAL_CONTENT) {
            head.add("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + size);
        }
        ReplyBody body = method.equals("HEAD") || length == 0 ? ReplyBody.NONE
                : new ReplyBody.FileSlice(file, first, length);
        return new Reply(head, body, !keepAlive, log(client, path, found, Outcome.COMPLETED, detail + note), release);
    }

    private static ResponseHead validators(ResponseHead head, ProvidedFile file) {
        return head.add("Last-Modified", HttpDates.format(file.lastModified()))
                .add("ETag", "\"" + file.version() + "\"");
    }

    private static AccessTemplate log(InetSocketAddress client, String path, Lookup.Found found, Outcome outcome,
                                      String detail) {
        return new AccessTemplate(client, path, found.provider(), outcome, detail);
    }
}
