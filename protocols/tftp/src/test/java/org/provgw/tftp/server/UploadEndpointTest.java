package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Outcome;
import org.provgw.protocol.Rewrite;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/** Uploads packet by packet against a real endpoint and a real directory. */
@Timeout(60)
class UploadEndpointTest {

    @TempDir
    Path dir;
    private Path root;
    private TestServer server;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(dir.resolve("tftpboot")).toRealPath();
        Files.createDirectories(root.resolve("logs"));
        Files.createDirectories(root.resolve("firmware"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anUploadAppearsWholeOnlyAfterItsLastBlock() throws Exception {
        start(Map.of("upload.create", "true"));
        byte[] content = random(1300);
        try (UploadPeer client = new UploadPeer()) {
            assertEquals(new Ack(0), client.request(server.address(), "logs/SEP0011AABBCC01.log", Map.of()));
            assertNotEquals(server.port(), client.tid().getPort(), "a new TID, not the listening port");
            client.sendAndAwaitAck(1, Arrays.copyOfRange(content, 0, 512));
            client.sendAndAwaitAck(2, Arrays.copyOfRange(content, 512, 1024));
            assertFalse(Files.exists(root.resolve("logs/SEP0011AABBCC01.log")), "nothing under the name yet");
            assertEquals(1, UploadPeer.temporaryFiles(root).size());
            client.sendAndAwaitAck(3, Arrays.copyOfRange(content, 1024, 1300));
            assertArrayEquals(content, Files.readAllBytes(root.resolve("logs/SEP0011AABBCC01.log")),
                    "stored by the time the final ACK arrives");
        }
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(Outcome.COMPLETED, record.outcome());
        assertEquals("logs/SEP0011AABBCC01.log", record.file());
        assertEquals("put", record.detail());
        assertEquals(1300, record.bytes());
        assertEquals(3, record.blocks());
        assertEquals(List.of(), UploadPeer.temporaryFiles(root));
        assertEquals("rw-rw-rw-", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(root.resolve("logs/SEP0011AABBCC01.log"))), "0666 & ~0, as tftpd-hpa");
    }

    @Test
    void windowsAndOptionsOnAWriteRequest() throws Exception {
        start(Map.of("upload.create", "true", "windowsize.max", "4", "blksize.max", "1024"));
        byte[] content = random(5000);
        try (UploadPeer client = new UploadPeer()) {
            Map<String, String> options = new LinkedHashMap<>();
            options.put("blksize", "2048");
            options.put("tsize", "5000");
            options.put("windowsize", "8");
            assertEquals(new OptionAck(Map.of("blksize", "1024", "tsize", "5000", "windowsize", "4")),
                    client.request(server.address(), "firmware/image.bin", options));
            for (int block = 1; block <= 4; block++) {
                client.send(block, Arrays.copyOfRange(content, (block - 1) * 1024, block * 1024));
            }
            client.awaitAck(4);
            client.send(5, Arrays.copyOfRange(content, 4096, 5000));
            client.awaitAck(5);
        }
        assertArrayEquals(content, Files.readAllBytes(root.resolve("firmware/image.bin")));
        assertEquals("put blksize=1024 tsize=5000 windowsize=4", server.awaitAccess(1).get(0).detail());
    }

    @Test
    void aClientThatStopsMidwayLeavesNoFileAndTheOldContent() throws Exception {
        start(Map.of("upload.create", "true", "timeout", "50ms", "timeout.max", "100ms", "retries", "2"));
        Path old = Files.writeString(root.resolve("logs/phone.log"), "old content");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/phone.log", Map.of());
            client.sendAndAwaitAck(1, random(512));
            client.sendAndAwaitAck(2, random(512));
            // the client dies here
            ErrorPacket error = client.awaitError();
            assertEquals(TftpErrorCode.NOT_DEFINED, error.code());
        }
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(Outcome.TIMEOUT, record.outcome());
        assertEquals("put timed out waiting for DATA", record.detail());
        assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
        assertEquals("old content", Files.readString(old));
    }

    @Test
    void withoutCreateOnlyExistingWorldWritableFilesAreReplaced() throws Exception {
        start(Map.of());
        Path guarded = Files.writeString(root.resolve("logs/guarded.cnf"), "keep");
        Files.setPosixFilePermissions(guarded, PosixFilePermissions.fromString("rw-r--r--"));
        Path open = Files.writeString(root.resolve("logs/open.cnf"), "old");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (UploadPeer client = new UploadPeer()) {
            ErrorPacket missing = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "logs/new.cnf", Map.of()));
            assertEquals(TftpErrorCode.FILE_NOT_FOUND, missing.code(), "as tftpd-hpa without -c");
            ErrorPacket denied = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "logs/guarded.cnf", Map.of()));
            assertEquals(TftpErrorCode.ACCESS_VIOLATION, denied.code());
            assertEquals("File must have global write permissions", denied.message());

            assertEquals(new Ack(0), client.request(server.address(), "logs/open.cnf", Map.of()));
            client.sendAndAwaitAck(1, "new".getBytes());
        }
        assertEquals("keep", Files.readString(guarded));
        assertEquals("new", Files.readString(open));
        assertFalse(Files.exists(root.resolve("logs/new.cnf")));
        List<AccessRecord> records = server.awaitAccess(3);
        assertEquals(List.of(Outcome.COMPLETED, Outcome.NOT_FOUND, Outcome.DENIED),
                records.stream().map(AccessRecord::outcome).sorted().toList());
        assertTrue(records.stream().allMatch(r -> r.detail().startsWith("put")), records.toString());
    }

    @Test
    void permissiveReplacesAnyFile() throws Exception {
        start(Map.of("upload.permissive", "true"));
        Path guarded = Files.writeString(root.resolve("logs/guarded.cnf"), "keep");
        Files.setPosixFilePermissions(guarded, PosixFilePermissions.fromString("rw-r-----"));
        try (UploadPeer client = new UploadPeer()) {
            assertEquals(new Ack(0), client.request(server.address(), "logs/guarded.cnf", Map.of()));
            client.sendAndAwaitAck(1, "replaced".getBytes());
        }
        assertEquals("replaced", Files.readString(guarded));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(guarded)));
    }

    @Test
    void refuseAnswersError6AndKeepBothStoresBeside() throws Exception {
        Files.writeString(root.resolve("logs/a.log"), "first");
        start(Map.of("upload.create", "true", "upload.overwrite", "refuse"));
        try (UploadPeer client = new UploadPeer()) {
            ErrorPacket exists = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "logs/a.log", Map.of()));
            assertEquals(TftpErrorCode.FILE_EXISTS, exists.code());
        }
        server.close();
        server = null;
        start(Map.of("upload.create", "true", "upload.overwrite", "keep-both"));
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/a.log", Map.of());
            client.upload("second".getBytes());
            client.request(server.address(), "logs/a.log", Map.of());
            client.upload("third".getBytes());
        }
        assertEquals("first", Files.readString(root.resolve("logs/a.log")));
        assertEquals("second", Files.readString(root.resolve("logs/a.log.1")));
        assertEquals("third", Files.readString(root.resolve("logs/a.log.2")));
        List<AccessRecord> records = server.awaitAccess(2);
        assertEquals(List.of("put stored=logs/a.log.1", "put stored=logs/a.log.2"),
                records.stream().map(AccessRecord::detail).sorted().toList());
    }

    @Test
    void uploadsLandOnlyInAllowedDirectories() throws Exception {
        start(Map.of("upload.create", "true", "upload.allow", "logs"));
        try (UploadPeer client = new UploadPeer()) {
            for (String name : List.of("firmware/x.bin", "x.bin", "../x.bin", "logs/../../x.bin")) {
                ErrorPacket error = assertInstanceOf(ErrorPacket.class, client.request(server.address(), name, Map.of()));
                assertEquals(TftpErrorCode.ACCESS_VIOLATION, error.code(), name);
            }
            ErrorPacket noDirectory = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "logs/missing/x.log", Map.of()));
            assertEquals(TftpErrorCode.FILE_NOT_FOUND, noDirectory.code(), "directories are not created");
            assertEquals(new Ack(0), client.request(server.address(), "/logs\\x.log", Map.of()));
            client.upload("ok".getBytes());
        }
        assertEquals("ok", Files.readString(root.resolve("logs/x.log")));
    }

    @Test
    void theRewriterSeesWritesAndItsDenialIsError2() throws Exception {
        List<Direction> seen = new CopyOnWriteArrayList<>();
        NameRewriter rewriter = (name, direction, from, protocol) -> {
            seen.add(direction);
            if (name.startsWith("secret")) {
                return new Rewrite.Denied("no uploads of secrets");
            }
            return new Rewrite.Name(name.toLowerCase(java.util.Locale.ROOT));
        };
        start(Map.of("upload.create", "true"), rewriter);
        try (UploadPeer client = new UploadPeer()) {
            ErrorPacket denied = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "secret.txt", Map.of()));
            assertEquals(new ErrorPacket(TftpErrorCode.ACCESS_VIOLATION, "no uploads of secrets"), denied);
            client.request(server.address(), "LOGS/SEP0011AABBCC01.LOG", Map.of());
            client.upload("x".getBytes());
        }
        assertEquals(List.of(Direction.WRITE, Direction.WRITE), seen);
        assertEquals("x", Files.readString(root.resolve("logs/sep0011aabbcc01.log")));
    }

    @Test
    void anAnnouncedSizeOverTheCapIsRefusedBeforeAnyData() throws Exception {
        start(Map.of("upload.create", "true", "upload.max-size", "1000"));
        try (UploadPeer client = new UploadPeer()) {
            ErrorPacket error = assertInstanceOf(ErrorPacket.class,
                    client.request(server.address(), "logs/big.bin", Map.of("tsize", "1001")));
            assertEquals(TftpErrorCode.DISK_FULL, error.code());
        }
        assertEquals(Outcome.DENIED, server.awaitAccess(1).get(0).outcome());
        assertEquals(List.of(), UploadPeer.temporaryFiles(root));
    }

    @Test
    void sendingMoreThanTheCapIsRefusedMidwayAndNothingIsKept() throws Exception {
        start(Map.of("upload.create", "true", "upload.max-size", "1000"));
        Path old = Files.writeString(root.resolve("logs/big.bin"), "old");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/big.bin", Map.of());
            client.sendAndAwaitAck(1, random(512));
            client.send(2, random(512));
            ErrorPacket error = client.awaitError();
            assertEquals(TftpErrorCode.DISK_FULL, error.code());
        }
        AccessRecord record = server.awaitAccess(1).get(0);
        assertEquals(Outcome.DENIED, record.outcome());
        assertEquals(List.of(), UploadPeer.awaitNoTemporaryFiles(root));
        assertEquals("old", Files.readString(old));
    }

    @Test
    void stoppingTheServerMidUploadDeletesTheTemporaryFileAndKeepsTheOldOne() throws Exception {
        start(Map.of("upload.create", "true"));
        Path old = Files.writeString(root.resolve("logs/phone.log"), "old content");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/phone.log", Map.of());
            client.sendAndAwaitAck(1, random(512));
            server.close();
            assertEquals("server shutting down", client.awaitError().message());
        }
        assertEquals(Outcome.SHUTDOWN, server.awaitAccess(1).get(0).outcome());
        assertEquals(List.of(), UploadPeer.temporaryFiles(root), "deleted before the server's stop returned");
        assertEquals("old content", Files.readString(old));
    }

    @Test
    void twoConcurrentUploadsOfOneNameNeverMixTheLastCompleteWins() throws Exception {
        start(Map.of("upload.create", "true"));
        byte[] first = random(3000);
        byte[] second = random(2000);
        try (UploadPeer a = new UploadPeer(); UploadPeer b = new UploadPeer()) {
            a.request(server.address(), "logs/same.bin", Map.of());
            b.request(server.address(), "logs/same.bin", Map.of());
            for (int block = 1; block <= 6; block++) {
                a.sendAndAwaitAck(block, Arrays.copyOfRange(first, (block - 1) * 512, Math.min(3000, block * 512)));
                if (block <= 4) {
                    b.sendAndAwaitAck(block, Arrays.copyOfRange(second, (block - 1) * 512, Math.min(2000, block * 512)));
                }
                if (block == 4) {
                    assertArrayEquals(second, Files.readAllBytes(root.resolve("logs/same.bin")), "b completed first");
                }
            }
        }
        assertArrayEquals(first, Files.readAllBytes(root.resolve("logs/same.bin")), "a completed last");
        assertEquals(List.of(Outcome.COMPLETED, Outcome.COMPLETED),
                server.awaitAccess(2).stream().map(AccessRecord::outcome).toList());
        assertEquals(List.of(), UploadPeer.temporaryFiles(root));
    }

    @Test
    void aCompleteUploadIsStoredEvenWhenTheLookupPoolIsFull() throws Exception {
        start(Map.of("upload.create", "true"));
        try (UploadPeer client = new UploadPeer()) {
            client.request(server.address(), "logs/x.log", Map.of());
            client.sendAndAwaitAck(1, random(512));
            server.refuseLookups = true;
            client.sendAndAwaitAck(2, "end".getBytes());
        }
        assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
        assertEquals(515, Files.size(root.resolve("logs/x.log")));
    }

    @Test
    void aStrangerDuringAnUploadGetsError5AndTheUploadGoesOn() throws Exception {
        start(Map.of("upload.create", "true"));
        try (UploadPeer client = new UploadPeer(); RawPeer stranger = new RawPeer(java.net.InetAddress.getLoopbackAddress())) {
            client.request(server.address(), "logs/x.log", Map.of());
            stranger.send(client.tid(), new Data(1, new byte[512]));
            assertEquals(TftpErrorCode.UNKNOWN_TID,
                    assertInstanceOf(ErrorPacket.class, stranger.receive().packet()).code());
            client.upload("mine".getBytes());
        }
        assertEquals("mine", Files.readString(root.resolve("logs/x.log")));
    }

    @Test
    void mailModeAndDisabledUploadsAreRefused() throws Exception {
        start(Map.of("upload.create", "true"));
        try (RawPeer client = new RawPeer(java.net.InetAddress.getLoopbackAddress())) {
            client.send(server.address(), TftpCodec.toBytes(new WriteRequest("x", TransferMode.MAIL, Map.of())));
            assertEquals(TftpErrorCode.ILLEGAL_OPERATION,
                    assertInstanceOf(ErrorPacket.class, client.receive().packet()).code());
        }
        server.close();
        server = new TestServer(Map.of());
        try (UploadPeer client = new UploadPeer()) {
            ErrorPacket disabled = assertInstanceOf(ErrorPacket.class, client.request(server.address(), "x", Map.of()));
            assertEquals(new ErrorPacket(TftpErrorCode.ACCESS_VIOLATION, "uploads are disabled"), disabled);
        }
    }

    private void start(Map<String, String> settings) throws Exception {
        start(settings, NameRewriter.IDENTITY);
    }

    private void start(Map<String, String> settings, NameRewriter rewriter) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("upload.root", root.toString(),
                "timeout", "300ms", "timeout.max", "300ms"));
        all.putAll(settings);
        server = new TestServer(all, rewriter);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
