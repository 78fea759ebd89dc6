package org.provgw.tftp.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.RequestPath;
import org.provgw.tftp.packet.TftpErrorCode;

/** The temporary file of an upload: written, then placed in one step or deleted. */
class PendingUploadTest {

    @TempDir
    Path dir;
    private Path root;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(dir.resolve("root")).toRealPath();
        Files.createDirectories(root.resolve("logs"));
    }

    @Test
    void aCommittedUploadAppearsWholeWithItsModeAndNoTemporaryFileIsLeft() throws Exception {
        PendingUpload upload = prepare(OverwritePolicy.OVERWRITE, 022, "logs/a.log");
        assertTrue(TempNames.isTemporary(upload.temporaryFile().getFileName().toString()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(upload.temporaryFile())),
                "private while it is written");
        write(upload, "hello ");
        write(upload, "world");
        assertFalse(Files.exists(root.resolve("logs/a.log")), "nothing under the name before the commit");

        assertEquals("logs/a.log", upload.commit());
        assertEquals("hello world", Files.readString(root.resolve("logs/a.log")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("logs/a.log"))));
        assertEquals(List.of("a.log"), names("logs"));
        upload.discard();
        assertTrue(Files.exists(root.resolve("logs/a.log")), "a discard after the commit changes nothing");
    }

    @Test
    void aDiscardedUploadLeavesTheOldFileAsItWas() throws Exception {
        Path old = Files.writeString(root.resolve("logs/a.log"), "old content");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        PendingUpload upload = prepare(OverwritePolicy.OVERWRITE, 0, "logs/a.log");
        write(upload, "half of the new");
        upload.discard();
        upload.discard();
        assertEquals("old content", Files.readString(old));
        assertEquals(List.of("a.log"), names("logs"));
        assertEquals(TftpErrorCode.NOT_DEFINED, assertThrows(UploadRefused.class, upload::commit).code());
    }

    @Test
    void overwriteReplacesInOneStepKeepingTheModeAndOpenReadersSeeTheOldFile() throws Exception {
        Path old = Files.writeString(root.resolve("logs/a.log"), "old content");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (FileChannel reader = FileChannel.open(old, StandardOpenOption.READ)) {
            PendingUpload upload = prepare(OverwritePolicy.OVERWRITE, 077, "logs/a.log");
            write(upload, "new");
            upload.commit();
            ByteBuffer buffer = ByteBuffer.allocate(64);
            reader.read(buffer, 0);
            assertEquals("old content", new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8),
                    "a transfer reading the old file finishes with the old bytes");
        }
        assertEquals("new", Files.readString(old));
        assertEquals("rw-rw-rw-", PosixFilePermissions.toString(Files.getPosixFilePermissions(old)));
    }

    @Test
    void refuseDoesNotClobberAFileThatAppearedDuringTheUpload() throws Exception {
        PendingUpload upload = prepare(OverwritePolicy.REFUSE, 0, "logs/a.log");
        write(upload, "second");
        Files.writeString(root.resolve("logs/a.log"), "first");
        UploadRefused refused = assertThrows(UploadRefused.class, upload::commit);
        assertEquals(TftpErrorCode.FILE_EXISTS, refused.code());
        assertEquals("first", Files.readString(root.resolve("logs/a.log")));
        assertEquals(List.of("a.log"), names("logs"));
    }

    @Test
    void keepBothStoresBesideUnderTheNextFreeSuffix() throws Exception {
        Files.writeString(root.resolve("logs/a.log"), "0");
        Files.writeString(root.resolve("logs/a.log.1"), "1");
        PendingUpload first = prepare(OverwritePolicy.KEEP_BOTH, 0, "logs/a.log");
        PendingUpload second = prepare(OverwritePolicy.KEEP_BOTH, 0, "logs/a.log");
        write(first, "2");
        write(second, "3");
        assertEquals("logs/a.log.2", first.commit());
        assertEquals("logs/a.log.3", second.commit());
        assertEquals("0", Files.readString(root.resolve("logs/a.log")));
        assertEquals("1", Files.readString(root.resolve("logs/a.log.1")));
        assertEquals("2", Files.readString(root.resolve("logs/a.log.2")));
        assertEquals("3", Files.readString(root.resolve("logs/a.log.3")));
        assertEquals(List.of("a.log", "a.log.1", "a.log.2", "a.log.3"), names("logs"));
    }

    @Test
    void twoUploadsOfOneNameNeverMixTheLastToCommitWins() throws Exception {
        PendingUpload a = prepare(OverwritePolicy.OVERWRITE, 0, "logs/a.log");
        PendingUpload b = prepare(OverwritePolicy.OVERWRITE, 0, "logs/a.log");
        write(a, "aaaa");
        write(b, "bb");
        write(a, "aaaa");
        b.commit();
        assertEquals("bb", Files.readString(root.resolve("logs/a.log")));
        a.commit();
        assertEquals("aaaaaaaa", Files.readString(root.resolve("logs/a.log")));
        assertEquals(List.of("a.log"), names("logs"));
    }

    @Test
    void aCommitThatCannotPlaceTheFileDeletesIt() throws Exception {
        PendingUpload upload = prepare(OverwritePolicy.OVERWRITE, 0, "logs/a.log");
        write(upload, "x");
        Files.createDirectories(root.resolve("logs/a.log/inside"));
        assertEquals(TftpErrorCode.NOT_DEFINED, assertThrows(UploadRefused.class, upload::commit).code());
        assertEquals(List.of("a.log"), names("logs"));
        assertTrue(Files.isDirectory(root.resolve("logs/a.log")));
    }

    @Test
    void noRequestNameCanReachATemporaryFile() {
        String name = TempNames.next();
        assertThrows(IllegalPathException.class, () -> RequestPath.normalize(name));
        assertThrows(IllegalPathException.class, () -> RequestPath.normalize("logs/" + name));
    }

    @Test
    void theSweepAtStartDeletesWhatACrashLeftAndNothingElse() throws Exception {
        Files.createDirectories(root.resolve("logs/deep"));
        Files.writeString(root.resolve("logs/deep/" + TempNames.next()), "crashed");
        Files.writeString(root.resolve(TempNames.next()), "crashed");
        Files.writeString(root.resolve(".provgw-upload-lookalike"), "keep");
        Files.writeString(root.resolve("logs/a.log"), "keep");
        UploadConfig config = new UploadConfig(root, List.of(root, root.resolve("logs")), true,
                OverwritePolicy.OVERWRITE, false, 0, 0);
        assertEquals(2, StaleUploads.sweep(config));
        assertEquals(List.of(".provgw-upload-lookalike", "logs"), names(""));
        assertEquals(List.of("a.log", "deep"), names("logs"));
    }

    private PendingUpload prepare(OverwritePolicy policy, int umask, String path) throws UploadRefused {
        return new Uploads(new UploadConfig(root, List.of(root), true, policy, true, umask, 0)).prepare(path, -1);
    }

    private static void write(PendingUpload upload, String text) throws Exception {
        upload.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> names(String relative) throws Exception {
        try (Stream<Path> entries = Files.list(root.resolve(relative))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
