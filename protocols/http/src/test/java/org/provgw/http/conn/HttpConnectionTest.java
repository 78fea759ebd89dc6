package org.provgw.http.conn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.provgw.http.serve.ErrorReplies;
import org.provgw.http.wire.Heads;
import org.provgw.http.wire.HttpStatus;
import org.provgw.http.wire.ParseEvent;
import org.provgw.http.wire.ParseLimits;
import org.provgw.http.wire.ResponseHead;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.provider.Protocol;

/** The connection state machine with a recording transport, a manual executor and a fake clock. */
class HttpConnectionTest {

    private static final InetSocketAddress PEER = new InetSocketAddress("192.0.2.7", 50000);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    private static final String GET = "GET /%s HTTP/1.1\r\nHost: h\r\n\r\n";

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<AccessRecord> access = new CopyOnWriteArrayList<>();
    private final List<PendingRequest> handed = new CopyOnWriteArrayList<>();
    private final ManualExecutor executor = new ManualExecutor();
    private final ErrorReplies errors = new ErrorReplies(5);
    private FakeTransport transport = new FakeTransport(false);
    private HttpConnection connection = connection(transport);

    private HttpConnection connection(FakeTransport transport) {
        RequestHandler handler = new RequestHandler() {
            @Override
            public void handle(PendingRequest request) {
                handed.add(request);
            }

            @Override
            public Reply refuse(ParseEvent.Malformed malformed, InetSocketAddress peer) {
                return errors.malformed(malformed, peer);
            }
        };
        ConnectionSettings settings = new ConnectionSettings(Protocol.HTTP, ParseLimits.DEFAULTS, REQUEST_TIMEOUT,
                IDLE_TIMEOUT);
        HttpConnection created = new HttpConnection(transport, handler, settings, access::add, executor, clock::get,
                PEER);
        transport.connection = created;
        return created;
    }

    private void receive(String text) {
        connection.onBytes(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static Reply text(PendingRequest request, String body) {
        ByteBuffer bytes = ByteBuffer.wrap(body.getBytes(StandardCharsets.US_ASCII));
        ResponseHead head = Heads.start(HttpStatus.OK, request.head().version(), request.keepAlive())
                .add("Content-Length", bytes.remaining());
        return new Reply(head, new ReplyBody.Bytes(bytes), !request.keepAlive(), log(request), Reply.NOTHING);
    }

    private static Reply file(PendingRequest request, TrackedFile file, AutoCloseable release) {
        ResponseHead head = Heads.start(HttpStatus.OK, request.head().version(), request.keepAlive())
                .add("Content-Length", file.size());
        return new Reply(head, new ReplyBody.FileSlice(file, 0, file.size()), !request.keepAlive(), log(request), release);
    }

    private static AccessTemplate log(PendingRequest request) {
        return new AccessTemplate(request.peer(), request.head().target(), "mem", Outcome.COMPLETED, "GET 200");
    }

    @Test
    void pipelinedRequestsAreHandedOverOneAtATimeAndAnsweredInOrder() {
        receive(GET.formatted("a") + GET.formatted("b") + GET.formatted("c"));
        assertEquals(1, handed.size(), "the next request waits for the response to this one");
        handed.get(0).complete(text(handed.get(0), "A"));
        assertEquals(2, handed.size());
        handed.get(1).complete(text(handed.get(1), "B"));
        handed.get(2).complete(text(handed.get(2), "C"));
        String out = transport.text();
        assertTrue(out.indexOf("\r\n\r\nA") < out.indexOf("\r\n\r\nB") && out.indexOf("\r\n\r\nB") < out.indexOf("\r\n\r\nC"),
                out);
        assertTrue(access.isEmpty(), "logged when sent, not when queued");
        transport.sendAll();
        assertEquals(List.of("/a", "/b", "/c"), access.stream().map(AccessRecord::file).toList());
        assertTrue(access.stream().allMatch(r -> r.outcome() == Outcome.COMPLETED && r.bytes() == 1 && r.blocks() == 1));
        assertNull(transport.closedWithLinger, "keep-alive: the connection stays open");
    }

    @Test
    void aWriteThatLeavesAtOnceEndsTheExchangeAtOnceAndOnlyWhenNothingIsQueued() {
        receive(GET.formatted("a") + GET.formatted("b") + GET.formatted("c"));
        transport.sendsAtOnce = true;
        handed.get(0).complete(text(handed.get(0), "A"));
        assertEquals(List.of("/a"), access.stream().map(AccessRecord::file).toList(), "sent at once: logged at once");
        transport.sendsAtOnce = false;
        handed.get(1).complete(text(handed.get(1), "B"));
        transport.sendsAtOnce = true;
        handed.get(2).complete(text(handed.get(2), "C"));
        assertEquals(2, transport.unsentCount(), "with /b queued, /c may not overtake it");
        transport.sendAll();
        assertEquals(List.of("/a", "/b", "/c"), access.stream().map(AccessRecord::file).toList());
    }

    @Test
    void aFastClientGetsAFileInTasksOfBoundedSize() {
        transport.sendsAtOnce = true;
        int size = FileStream.CHUNK * ResponseSender.CHUNKS_PER_TASK * 2 + 5;
        TrackedFile file = new TrackedFile(new byte[size]);
        receive(GET.formatted("big"));
        handed.get(0).complete(file(handed.get(0), file, Reply.NOTHING));
        int tasks = 0;
        while (executor.pending() > 0) {
            executor.runAll();
            tasks++;
        }
        assertEquals(1, tasks, "runAll runs the follow-up tasks too");
        assertEquals(size, access.get(0).bytes());
        assertEquals(Outcome.COMPLETED, access.get(0).outcome());
        assertEquals(1, file.closes.get());
        assertEquals(ResponseSender.CHUNKS_PER_TASK * 2 + 1, file.reads.get());
    }

    @Test
    void aReplyCompletedFromAnotherThreadIsWrittenThen() throws Exception {
        receive(GET.formatted("a"));
        Thread other = new Thread(() -> handed.get(0).complete(text(handed.get(0), "A")));
        other.start();
        other.join();
        assertTrue(transport.text().endsWith("\r\n\r\nA"));
    }

    @Test
    void aLargeFileIsStreamedWithinTheHighWaterMarkAndResumesAsWritesLeave() {
        byte[] content = new byte[1_000_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        TrackedFile file = new TrackedFile(content);
        AtomicBoolean released = new AtomicBoolean();
        receive(GET.formatted("big"));
        handed.get(0).complete(file(handed.get(0), file, () -> released.set(true)));
        executor.runAll();
        long queued = transport.bytesWritten();
        assertTrue(queued <= UnsentWrites.HIGH_WATER + FileStream.CHUNK + 200, "queued " + queued);
        assertTrue(queued < content.length, "reading stopped before the end: " + queued);
        assertEquals(0, executor.pending(), "no read is waiting: it resumes when writes leave");
        while (file.closes.get() == 0 || transport.unsentCount() > 0) {
            transport.sendOne();
            executor.runAll();
        }
        String out = transport.text();
        byte[] body = out.substring(out.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(content.length, body.length);
        assertTrue(java.util.Arrays.equals(content, body));
        assertEquals(1, file.closes.get());
        assertTrue(released.get());
        assertEquals(Outcome.COMPLETED, access.get(0).outcome());
        assertEquals(content.length, access.get(0).bytes());
    }

    @Test
    void aFileWithAChannelIsHandedToTheTransportForZeroCopy() throws Exception {
        transport = new FakeTransport(true);
        connection = connection(transport);
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("zero", ".bin");
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(temp)) {
            TrackedFile file = new TrackedFile(new byte[100_000]) {
                @Override
                public java.util.Optional<java.nio.channels.FileChannel> fileChannel() {
                    return java.util.Optional.of(channel);
                }
            };
            receive(GET.formatted("big"));
            handed.get(0).complete(file(handed.get(0), file, Reply.NOTHING));
            assertEquals(2, transport.written.size());
            assertEquals(channel, transport.written.get(1).channel());
            assertEquals(100_000, transport.written.get(1).count());
            assertEquals(0, file.reads.get(), "nothing read through the JVM");
            transport.sendAll();
            assertEquals(1, file.closes.get());
            assertEquals(100_000, access.get(0).bytes());
        } finally {
            java.nio.file.Files.delete(temp);
        }
    }

    @Test
    void theClientGoingAwayMidStreamLogsAbortedAndClosesTheFileAfterTheRunningRead() {
        TrackedFile file = new TrackedFile(new byte[1_000_000]);
        receive(GET.formatted("big"));
        handed.get(0).complete(file(handed.get(0), file, Reply.NOTHING));
        executor.runAll();
        transport.sendOne();
        transport.sendOne(); // a chunk left: the next read is queued
        assertEquals(1, executor.pending());
        connection.onClosed();
        assertEquals(0, file.closes.get(), "not while a read may run");
        executor.runAll();
        assertEquals(1, file.closes.get());
        assertEquals(Outcome.CLIENT_ABORTED, access.get(0).outcome());
        assertEquals(0, access.get(0).blocks());
    }

    @Test
    void aReplyForAConnectionThatIsGoneIsReleasedAndLogged() {
        receive(GET.formatted("late"));
        connection.onClosed();
        TrackedFile file = new TrackedFile(new byte[10]);
        AtomicBoolean released = new AtomicBoolean();
        handed.get(0).complete(file(handed.get(0), file, () -> released.set(true)));
        assertEquals(1, file.closes.get());
        assertTrue(released.get());
        assertEquals(Outcome.CLIENT_ABORTED, access.get(0).outcome());
        assertTrue(transport.written.isEmpty());
    }

    @Test
    void aFailingReadCutsTheResponseOffAndLogsAServerError() {
        TrackedFile file = new TrackedFile(new byte[1_000_000]);
        receive(GET.formatted("big"));
        handed.get(0).complete(file(handed.get(0), file, Reply.NOTHING));
        file.failReads = true;
        executor.runAll();
        assertTrue(transport.aborted);
        connection.onClosed();
        assertEquals(Outcome.SERVER_ERROR, access.get(0).outcome());
        assertEquals(1, file.closes.get());
    }

    @Test
    void connectionCloseEndsTheConnectionOnceTheResponseIsSent() {
        receive("GET /a HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n" + GET.formatted("ignored"));
        assertFalse(handed.get(0).keepAlive());
        handed.get(0).complete(text(handed.get(0), "A"));
        assertTrue(transport.text().contains("Connection: close\r\n"));
        assertNull(transport.closedWithLinger, "not before the response has left");
        transport.sendAll();
        assertEquals(Boolean.TRUE, transport.closedWithLinger, "a request was still coming: linger");
        assertEquals(1, handed.size(), "requests after close are not served");
    }

    @Test
    void http10ClosesAfterItsResponse() {
        receive("GET /a HTTP/1.0\r\n\r\n");
        handed.get(0).complete(text(handed.get(0), "A"));
        transport.sendAll();
        assertEquals(Boolean.FALSE, transport.closedWithLinger);
    }

    @Test
    void aMalformedRequestIsAnsweredAfterThoseBeforeItThenTheConnectionLingersAndCloses() {
        receive(GET.formatted("a") + "GET /b HTTP/1.1\r\nHost: h\r\nBad Name: x\r\n\r\n");
        assertEquals(1, handed.size());
        handed.get(0).complete(text(handed.get(0), "A"));
        assertTrue(transport.text().contains("HTTP/1.1 400 Bad Request\r\n"), transport.text());
        assertTrue(transport.text().indexOf("\r\n\r\nA") < transport.text().indexOf("400 Bad Request"));
        transport.sendAll();
        assertEquals(Boolean.TRUE, transport.closedWithLinger);
        assertEquals(Outcome.BAD_REQUEST, access.get(1).outcome());
        receive("more bytes from the client");
        assertFalse(transport.aborted);
        connection.onInputClosed();
        assertTrue(transport.aborted, "the client closed its side: done lingering");
    }

    @Test
    void lingeringEndsAfterItsDeadline() {
        receive("BROKEN\r\n");
        transport.sendAll();
        assertEquals(Boolean.TRUE, transport.closedWithLinger);
        clock.addAndGet(HttpConnection.LINGER.toNanos());
        connection.tick();
        assertTrue(transport.aborted);
    }

    @Test
    void aRequestNotReceivedInTimeIsAnswered408() {
        receive("GET /slow HTTP/1.1\r\nHost: h\r\n");
        clock.addAndGet(REQUEST_TIMEOUT.toNanos() - 1);
        connection.tick();
        assertTrue(transport.written.isEmpty());
        receive("X-Trickle: 1\r\n"); // a byte now and then does not reset the deadline
        clock.addAndGet(1);
        connection.tick();
        assertTrue(transport.text().startsWith("HTTP/1.1 408 Request Timeout\r\n"), transport.text());
        transport.sendAll();
        assertEquals(Boolean.TRUE, transport.closedWithLinger);
        assertEquals(Outcome.TIMEOUT, access.get(0).outcome());
        assertTrue(handed.isEmpty());
    }

    @Test
    void theRequestDeadlineRunsOnlyWhileTheServerWaitsForTheClient() {
        receive(GET.formatted("a") + "GET /b HTTP/1.1\r\n");
        clock.addAndGet(REQUEST_TIMEOUT.toNanos() * 3); // the server takes its time with /a
        connection.tick();
        handed.get(0).complete(text(handed.get(0), "A"));
        transport.sendAll();
        clock.addAndGet(REQUEST_TIMEOUT.toNanos() - 1);
        connection.tick();
        assertFalse(transport.text().contains("408"), "the client had the full timeout after /a was sent");
        clock.addAndGet(1);
        connection.tick();
        assertTrue(transport.text().contains("408 Request Timeout"));
    }

    @Test
    void anIdleConnectionClosesAfterTheIdleTimeoutAndASilentNewOneAfterTheRequestTimeout() {
        clock.addAndGet(REQUEST_TIMEOUT.toNanos());
        connection.tick();
        assertEquals(Boolean.FALSE, transport.closedWithLinger, "silent since it opened");

        transport = new FakeTransport(false);
        connection = connection(transport);
        receive(GET.formatted("a"));
        handed.get(0).complete(text(handed.get(0), "A"));
        transport.sendAll();
        clock.addAndGet(IDLE_TIMEOUT.toNanos() - 1);
        connection.tick();
        assertNull(transport.closedWithLinger);
        clock.addAndGet(1);
        connection.tick();
        assertEquals(Boolean.FALSE, transport.closedWithLinger);
        assertTrue(transport.written.size() == 1, "closed without a response");
    }

    @Test
    void manyPipelinedRequestsPauseReadingUntilTheQueueDrains() {
        StringBuilder many = new StringBuilder();
        int count = HttpConnection.MAX_QUEUED_REQUESTS * 3;
        for (int i = 0; i < count; i++) {
            many.append(GET.formatted("f" + i));
        }
        receive(many.toString());
        assertTrue(transport.readSuspended);
        for (int i = 0; i < count; i++) {
            PendingRequest request = handed.get(i);
            request.complete(text(request, "x"));
            transport.sendAll();
        }
        assertFalse(transport.readSuspended);
        assertEquals(count, handed.size());
        assertEquals("/f" + (count - 1), handed.get(count - 1).head().target());
        assertEquals(count, access.size());
    }

    @Test
    void theHandlerFailingIsA500AndTheConnectionCloses() {
        HttpConnection failing = new HttpConnection(transport, new RequestHandler() {
            @Override
            public void handle(PendingRequest request) {
                throw new IllegalStateException("bug");
            }

            @Override
            public Reply refuse(ParseEvent.Malformed malformed, InetSocketAddress peer) {
                throw new AssertionError();
            }
        }, new ConnectionSettings(Protocol.HTTP, ParseLimits.DEFAULTS, REQUEST_TIMEOUT, IDLE_TIMEOUT),
                access::add, executor, clock::get, PEER);
        transport.connection = failing;
        failing.onBytes(ByteBuffer.wrap(GET.formatted("a").getBytes(StandardCharsets.US_ASCII)));
        assertTrue(transport.text().startsWith("HTTP/1.1 500 Internal Server Error\r\n"), transport.text());
        transport.sendAll();
        assertEquals(Boolean.FALSE, transport.closedWithLinger);
        assertEquals(Outcome.SERVER_ERROR, access.get(0).outcome());
    }

    @Test
    void requestsReceivedBeforeTheClientShutItsSideAreAnsweredThenTheConnectionCloses() {
        receive(GET.formatted("a") + GET.formatted("b"));
        connection.onInputClosed();
        handed.get(0).complete(text(handed.get(0), "A"));
        handed.get(1).complete(text(handed.get(1), "B"));
        assertNull(transport.closedWithLinger);
        transport.sendAll();
        assertEquals(Boolean.FALSE, transport.closedWithLinger);
        assertEquals(2, access.size());
    }

    @Test
    void shutdownAbortsAndLogsUnfinishedResponsesAsShutdown() {
        TrackedFile file = new TrackedFile(new byte[1_000_000]);
        receive(GET.formatted("big"));
        handed.get(0).complete(file(handed.get(0), file, Reply.NOTHING));
        executor.runAll();
        connection.shutdown();
        assertTrue(transport.aborted);
        connection.onClosed();
        assertEquals(Outcome.SHUTDOWN, access.get(0).outcome());
        assertEquals(1, file.closes.get());
    }

    @Test
    void noReadThreadForTheNextChunkCutsTheResponseOff() {
        TrackedFile file = new TrackedFile(new byte[1_000_000]);
        receive(GET.formatted("big"));
        executor.refuse = true;
        handed.get(0).complete(file(handed.get(0), file, Reply.NOTHING));
        assertTrue(transport.aborted);
        connection.onClosed();
        assertEquals(Outcome.BUSY, access.get(0).outcome());
        assertEquals(1, file.closes.get());
        List<String> lines = new ArrayList<>();
        access.forEach(r -> lines.add(r.detail()));
        assertEquals(List.of("GET 200"), lines);
    }
}
