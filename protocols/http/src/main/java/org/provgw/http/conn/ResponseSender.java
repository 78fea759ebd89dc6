package org.provgw.http.conn;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.http.wire.ResponseHead;
import org.provgw.protocol.Outcome;

/**
 * The output side of a connection: writes each response (head and content in one piece when
 * small, a file with zero copy or in chunks read on the look-up executor), keeps the writes
 * within the {@link UnsentWrites} mark, and ends each exchange when its last write has left.
 * Every method runs under the connection's lock; the chunk reads run outside it.
 */
final class ResponseSender {

    /** Chunks one executor task reads before it gives its thread back. */
    static final int CHUNKS_PER_TASK = 16;

    private static final Logger LOG = LogManager.getLogger(ResponseSender.class);

    /** What the sender tells its connection. */
    interface Events {
        /** The exchange's last write is queued: the next request may start. */
        void queued(Exchange exchange);

        /** Outside any other call of the connection: try to start the next request. */
        void resume();

        /** A response cannot be completed: record why and end the connection at once. */
        void fail(Outcome outcome);

        /** @return whether the connection is gone */
        boolean closed();
    }

    private final Object lock;
    private final Transport transport;
    private final Executor executor;
    private final AccessRecorder recorder;
    private final Events events;
    private final InetSocketAddress peer;
    private final UnsentWrites unsent = new UnsentWrites();

    ResponseSender(Object lock, Transport transport, Executor executor, AccessRecorder recorder, Events events,
                   InetSocketAddress peer) {
        this.lock = lock;
        this.transport = transport;
        this.executor = executor;
        this.recorder = recorder;
        this.events = events;
        this.peer = peer;
    }

    boolean isEmpty() {
        return unsent.isEmpty();
    }

    boolean hasRoom() {
        return unsent.hasRoom();
    }

    /** Forgets what is queued: the connection is gone. */
    void clear() {
        unsent.clear();
    }

    /** Writes the exchange's reply; tells {@link Events#queued} once its last write is queued. */
    void send(Exchange exchange) {
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
                unsent.add(new UnsentWrites.Entry(handle, slice.length(), slice.length(), exchange, true));
            } else {
                exchange.stream = new FileStream(slice.file(), slice.position(), slice.length());
                pump(exchange);
            }
        } else {
            write(exchange, head.encode(), 0, true);
        }
        if (exchange.stream == null) {
            exchange.fullyQueued = true;
            events.queued(exchange);
        }
    }

    /**
     * @param handle a write the transport reports sent
     * @param streaming the exchange whose file is being read, if any, to resume its reads
     */
    void onSent(Object handle, Exchange streaming) {
        UnsentWrites.Entry sent = unsent.takeIfOldest(handle);
        if (sent == null) {
            return;
        }
        Exchange exchange = sent.exchange();
        exchange.bodySent += sent.bodyBytes();
        if (sent.last()) {
            recorder.finish(exchange, exchange.reply.log().outcome(), true);
        }
        if (streaming != null && streaming.stream != null) {
            pump(streaming);
        }
    }

    /** Starts reading the next chunk of the exchange's file if the flow allows. */
    private void pump(Exchange exchange) {
        FileStream stream = exchange.stream;
        if (stream == null || stream.reading() || events.closed() || !unsent.hasRoom()) {
            return;
        }
        stream.startRead();
        try {
            executor.execute(() -> readChunks(exchange, stream));
        } catch (RejectedExecutionException e) {
            stream.endRead(0);
            LOG.warn("no look-up thread to read the next chunk for {}: {}", peer, e.getMessage());
            events.fail(Outcome.BUSY);
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
                synchronized (lock) {
                    stream.endRead(0);
                    if (!events.closed()) {
                        LOG.warn("reading {} for {} failed mid-response: {}", exchange.reply.log().file(), peer,
                                e.toString());
                        events.fail(Outcome.SERVER_ERROR);
                    }
                }
                return;
            }
            synchronized (lock) {
                stream.endRead(chunk.remaining());
                if (events.closed() || exchange.finished) {
                    return;
                }
                boolean last = stream.exhausted();
                write(exchange, chunk, chunk.remaining(), last);
                if (last) {
                    exchange.stream = null;
                    exchange.fullyQueued = true;
                    stream.release();
                    events.queued(exchange);
                    events.resume();
                    return;
                }
                if (!unsent.hasRoom()) {
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
                recorder.finish(exchange, exchange.reply.log().outcome(), true);
            }
            return;
        }
        unsent.add(new UnsentWrites.Entry(handle, size, bodyBytes, exchange, last));
    }
}
