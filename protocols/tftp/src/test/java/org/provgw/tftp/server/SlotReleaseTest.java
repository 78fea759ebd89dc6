package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.ProvidedFile;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;

/**
 * Every way a read or a write can end gives its serving slot back: each path is driven against a
 * real endpoint, and the limit's counters must be back to zero once its access line is written
 * (the slot is released before the line). This is the leak CallManager's TFTP has on missing
 * files.
 */
@Timeout(60)
class SlotReleaseTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;
    Path root;
    TestServer server;

    /** The settings that choose how transfers run: here each on a port of its own. */
    Map<String, String> mode() {
        return Map.of();
    }

    private Map<String, String> withMode(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.putAll(mode());
        return all;
    }

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(dir.resolve("tftpboot")).toRealPath();
        Files.createDirectories(root.resolve("logs"));
        Map<String, String> settings = new HashMap<>(Map.of("upload.root", root.toString(), "upload.create", "true",
                "upload.allow", "logs", "upload.max-size", "1000", "timeout", "50ms", "timeout.max", "100ms",
                "retries", "1"));
        NameRewriter rewriter = (name, direction, client, protocol) -> {
            if (name.equals("boom")) {
                throw new IllegalStateException("a broken rule");
            }
            return name.startsWith("denied") ? new Rewrite.Denied("denied by a rule") : new Rewrite.Name(name);
        };
        server = new TestServer(withMode(settings), rewriter);
        server.files.put("f.bin", new byte[700]);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- reads

    @Test
    void readCompleted() throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            RawPeer.Received first = rrq(client, "f.bin");
            client.send(first.from(), new Ack(1));
            client.receive();
            client.send(first.from(), new Ack(2));
        }
        assertReleased(Outcome.COMPLETED);
    }

    @Test
    void readTimedOut() throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            rrq(client, "f.bin");
        }
        assertReleased(Outcome.TIMEOUT);
    }

    @Test
    void readFailedOnTheServer() throws Exception {
        server.resolutions.put("broken.bin", () -> new Resolution.Found(new FailingFile(), "mem"));
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), new ReadRequest("broken.bin", TransferMode.OCTET, Map.of()));
            assertEquals(TftpErrorCode.NOT_DEFINED, assertInstanceOf(ErrorPacket.class, client.receive().packet()).code());
        }
        assertReleased(Outcome.SERVER_ERROR);
    }

    @Test
    void readInterruptedByAStrangerThenCompleted() throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK); RawPeer stranger = new RawPeer(LOOPBACK)) {
            RawPeer.Received first = rrq(client, "f.bin");
            stranger.send(first.from(), new Ack(1));
            assertEquals(TftpErrorCode.UNKNOWN_TID, ((ErrorPacket) stranger.receive().packet()).code());
            client.send(first.from(), new Ack(1));
            client.receive();
            client.send(first.from(), new Ack(2));
        }
        assertReleased(Outcome.COMPLETED);
    }

    @Test
    void readAbortedByTheClient() throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            RawPeer.Received first = rrq(client, "f.bin");
            client.send(first.from(), new ErrorPacket(TftpErrorCode.DISK_FULL, "full"));
        }
        assertReleased(Outcome.CLIENT_ABORTED);
    }

    @Test
    void readEndedByAnUnexpectedPacket() throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            RawPeer.Received first = rrq(client, "f.bin");
            client.send(first.from(), new Data(1, new byte[3]));
        }
        assertReleased(Outcome.BAD_REQUEST);
    }

    @Test
    void readOfAMissingFile() throws Exception {
        refusedRead("missing.bin", TftpErrorCode.FILE_NOT_FOUND);
        assertReleased(Outcome.NOT_FOUND);
    }

    @Test
    void readOfAnIllegalName() throws Exception {
        refusedRead("../etc/passwd", TftpErrorCode.ACCESS_VIOLATION);
        assertReleased(Outcome.DENIED);
    }

    @Test
    void readDeniedByARule() throws Exception {
        refusedRead("denied.bin", TftpErrorCode.ACCESS_VIOLATION);
        assertReleased(Outcome.DENIED);
    }

    @Test
    void readWhileTheProviderIsUnavailable() throws Exception {
        server.resolutions.put("down.bin", () -> new Resolution.Unavailable("db", "down"));
        refusedRead("down.bin", TftpErrorCode.NOT_DEFINED);
        assertReleased(Outcome.UNAVAILABLE);
    }

    @Test
    void readRefusedByTheLookupPool() throws Exception {
        server.refuseLookups = true;
        refusedRead("f.bin", TftpErrorCode.NOT_DEFINED);
        assertReleased(Outcome.BUSY);
    }

    @Test
    void readWhoseTransferCannotStart() throws Exception {
        server.resolutions.put("odd.bin", () -> new Resolution.Found(new UnsizedFile(), "mem"));
        refusedRead("odd.bin", TftpErrorCode.NOT_DEFINED);
        assertReleased(Outcome.BUSY);
    }

    @Test
    void readHitByABug() throws Exception {
        refusedRead("boom", TftpErrorCode.NOT_DEFINED);
        assertReleased(Outcome.SERVER_ERROR);
    }

    @Test
    void readCutByShutdown() throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            rrq(client, "f.bin");
            server.close();
        }
        assertReleased(Outcome.SHUTDOWN);
    }

    // ---- writes

    @Test
    void writeCompleted() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.upload(new byte[600]);
        }
        assertReleased(Outcome.COMPLETED);
    }

    @Test
    void writeTimedOut() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
        }
        assertReleased(Outcome.TIMEOUT);
    }

    @Test
    void writeFailedOnTheServer() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            Files.createDirectories(root.resolve("logs/a.log/in-the-way"));
            client.send(1, new byte[10]);
            assertEquals(TftpErrorCode.NOT_DEFINED, client.awaitError().code());
        }
        assertReleased(Outcome.SERVER_ERROR);
    }

    @Test
    void writeAbortedByTheClient() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.peer.send(client.tid(), new ErrorPacket(TftpErrorCode.NOT_DEFINED, "changed my mind"));
        }
        assertReleased(Outcome.CLIENT_ABORTED);
    }

    @Test
    void writeEndedByAnUnexpectedPacket() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.peer.send(client.tid(), new Ack(1));
        }
        assertReleased(Outcome.BAD_REQUEST);
    }

    @Test
    void writeOverTheSizeCap() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.sendAndAwaitAck(1, new byte[512]);
            client.send(2, new byte[512]);
            assertEquals(TftpErrorCode.DISK_FULL, client.awaitError().code());
        }
        assertReleased(Outcome.DENIED);
    }

    @Test
    void writeIntoAMissingDirectory() throws Exception {
        refusedWrite("logs/missing/a.log", TftpErrorCode.FILE_NOT_FOUND);
        assertReleased(Outcome.NOT_FOUND);
    }

    @Test
    void writeOutsideTheAllowedDirectories() throws Exception {
        refusedWrite("a.log", TftpErrorCode.ACCESS_VIOLATION);
        assertReleased(Outcome.DENIED);
    }

    @Test
    void writeDeniedByARule() throws Exception {
        refusedWrite("denied.log", TftpErrorCode.ACCESS_VIOLATION);
        assertReleased(Outcome.DENIED);
    }

    @Test
    void writeRefusedByTheLookupPool() throws Exception {
        server.refuseLookups = true;
        refusedWrite("logs/a.log", TftpErrorCode.NOT_DEFINED);
        assertReleased(Outcome.BUSY);
    }

    @Test
    void writeHitByABug() throws Exception {
        refusedWrite("boom", TftpErrorCode.NOT_DEFINED);
        assertReleased(Outcome.SERVER_ERROR);
    }

    @Test
    void writeCutByShutdown() throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.sendAndAwaitAck(1, new byte[512]);
            server.close();
        }
        assertReleased(Outcome.SHUTDOWN);
        assertEquals(List.of(), UploadPeer.temporaryFiles(root));
    }

    // ---- the caps themselves

    @Test
    void overTheCapARequestIsAnsweredBusyAtOnceAndCounted() throws Exception {
        server.close();
        server = new TestServer(withMode(Map.of("max-transfers", "1", "timeout", "50ms", "timeout.max", "100ms",
                "retries", "1")));
        server.files.put("f.bin", new byte[700]);
        try (RawPeer holder = new RawPeer(LOOPBACK); RawPeer late = new RawPeer(LOOPBACK)) {
            RawPeer.Received first = rrq(holder, "f.bin");
            late.send(server.address(), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            ErrorPacket busy = assertInstanceOf(ErrorPacket.class, late.receive().packet());
            assertEquals(new ErrorPacket(TftpErrorCode.NOT_DEFINED, "server busy, try again"), busy);
            assertEquals(1, server.stats().refusedTotal());
            assertEquals(1, server.stats().inUse());
            holder.send(first.from(), new Ack(1));
            holder.receive();
            holder.send(first.from(), new Ack(2));
        }
        List<AccessRecord> records = server.awaitAccess(2);
        assertEquals(List.of(Outcome.COMPLETED, Outcome.BUSY), records.stream().map(AccessRecord::outcome).sorted().toList());
        assertEquals(new ServingStats(0, 0, 1, 1, 0), server.stats());
    }

    @Test
    void thePerClientCapCountsAddressesNotPorts() throws Exception {
        server.close();
        server = new TestServer(withMode(Map.of("max-transfers-per-client", "1", "timeout", "50ms",
                "timeout.max", "100ms", "retries", "1")));
        server.files.put("f.bin", new byte[700]);
        InetAddress other = InetAddress.getByName("127.0.0.2");
        try (RawPeer holder = new RawPeer(LOOPBACK); RawPeer samePhone = new RawPeer(LOOPBACK);
             RawPeer otherPhone = new RawPeer(other)) {
            rrq(holder, "f.bin");
            samePhone.send(server.address(), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            assertEquals("server busy, try again",
                    assertInstanceOf(ErrorPacket.class, samePhone.receive().packet()).message());
            otherPhone.send(server.address(), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            assertInstanceOf(Data.class, otherPhone.receive().packet());
            assertEquals(2, server.stats().clients());
        }
        server.awaitAccess(3);
        assertEquals(new ServingStats(0, 0, 2, 0, 1), server.stats());
    }

    @Test
    void anUploadGivesItsSlotBackWithTheFinalAckNotAfterTheDally() throws Exception {
        server.close();
        server = new TestServer(withMode(Map.of("max-transfers", "1", "timeout", "2s", "upload.root",
                root.toString(), "upload.create", "true")));
        server.files.put("f.bin", new byte[10]);
        try (UploadPeer uploader = new UploadPeer(); RawPeer reader = new RawPeer(LOOPBACK)) {
            uploader.request(server.address(), "logs/a.log", Map.of());
            uploader.upload(new byte[100]);
            assertEquals(0, server.stats().inUse(), "dallying, the upload serves nobody");
            rrq(reader, "f.bin");
            assertEquals(List.of(), server.access, "the upload is still dallying");
        }
    }

    @Test
    void aRetransmittedRequestTakesNoSecondSlot() throws Exception {
        server.close();
        server = new TestServer(withMode(Map.of("max-transfers", "1")));
        java.util.concurrent.CountDownLatch lookup = new java.util.concurrent.CountDownLatch(1);
        server.resolutions.put("slow.bin", () -> {
            try {
                lookup.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Resolution.NotFound();
        });
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            for (int i = 0; i < 3; i++) {
                client.send(server.address(), new ReadRequest("slow.bin", TransferMode.OCTET, Map.of()));
            }
            assertTrue(client.silentFor(200), "the repeats are dropped, not answered busy");
            lookup.countDown();
            assertEquals(TftpErrorCode.FILE_NOT_FOUND,
                    assertInstanceOf(ErrorPacket.class, client.receive().packet()).code());
        }
        server.awaitAccess(1);
        assertEquals(new ServingStats(0, 0, 1, 0, 0), server.stats());
    }

    RawPeer.Received rrq(RawPeer client, String name) throws Exception {
        client.send(server.address(), new ReadRequest(name, TransferMode.OCTET, Map.of()));
        RawPeer.Received first = client.receive();
        assertInstanceOf(Data.class, first.packet());
        return first;
    }

    void refusedRead(String name, TftpErrorCode code) throws Exception {
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), new ReadRequest(name, TransferMode.OCTET, Map.of()));
            assertEquals(code, assertInstanceOf(ErrorPacket.class, client.receive().packet()).code());
        }
    }

    void refusedWrite(String name, TftpErrorCode code) throws Exception {
        try (UploadPeer client = new UploadPeer()) {
            assertEquals(code, assertInstanceOf(ErrorPacket.class, client.request(server.address(), name, Map.of()))
                    .code());
        }
    }

    void assertReleased(Outcome outcome) throws Exception {
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(outcome, record.outcome(), record.toString());
        ServingStats stats = server.stats();
        assertEquals(0, stats.inUse(), stats.toString());
        assertEquals(0, stats.clients(), stats.toString());
        assertEquals(1, stats.granted(), "the request held a slot: " + stats);
    }

    /** A file whose every read fails. */
    private static final class FailingFile implements ProvidedFile {
        @Override
        public long size() {
            return 100;
        }

        @Override
        public String version() {
            return "v";
        }

        @Override
        public Instant lastModified() {
            return Instant.EPOCH;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            throw new IOException("disk on fire");
        }

        @Override
        public void close() {
        }
    }

    /** A file that cannot tell its size, so its transfer cannot be set up. */
    private static final class UnsizedFile implements ProvidedFile {
        @Override
        public long size() {
            throw new IllegalStateException("no size");
        }

        @Override
        public String version() {
            return "v";
        }

        @Override
        public Instant lastModified() {
            return Instant.EPOCH;
        }

        @Override
        public int read(ByteBuffer dst, long position) {
            return -1;
        }

        @Override
        public void close() {
        }
    }
}
