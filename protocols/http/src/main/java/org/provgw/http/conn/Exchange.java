package org.provgw.http.conn;

import java.net.InetSocketAddress;
import org.provgw.http.wire.RequestHead;
import org.provgw.provider.ProvidedFile;

/**
 * One request and its response on a connection, from the parsed head to the last byte sent (or
 * the connection's end). Its fields are guarded by the connection's lock.
 */
final class Exchange implements PendingRequest {

    private final HttpConnection connection;
    private final RequestHead head;
    private final InetSocketAddress peer;
    private final boolean keepAlive;
    final long startedNanos;
    /** The response, once chosen. */
    Reply reply;
    /** The file being read chunk by chunk, while its chunks are not all queued. */
    FileStream stream;
    /** The file being sent with zero copy, closed when the response ends. */
    ProvidedFile zeroCopyFile;
    /** Content bytes the transport has reported sent. */
    long bodySent;
    /** Whether the last write of the response has been queued. */
    boolean fullyQueued;
    /** Whether the access log has its line and everything is released. */
    boolean finished;

    Exchange(HttpConnection connection, RequestHead head, InetSocketAddress peer, boolean keepAlive,
             long startedNanos) {
        this.connection = connection;
        this.head = head;
        this.peer = peer;
        this.keepAlive = keepAlive;
        this.startedNanos = startedNanos;
    }

    @Override
    public RequestHead head() {
        return head;
    }

    @Override
    public InetSocketAddress peer() {
        return peer;
    }

    @Override
    public boolean keepAlive() {
        return keepAlive;
    }

    @Override
    public void complete(Reply reply) {
        connection.onReply(this, reply);
    }
}
