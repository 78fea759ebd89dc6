package org.provgw.tftp.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.TftpErrorCode;

/** tftpd-hpa's rules for where an upload may go, on a real directory tree. */
class UploadTargetsTest {

    @TempDir
    Path dir;
    private Path root;

    @BeforeEach
    void tree() throws Exception {
        root = Files.createDirectories(dir.resolve("root")).toRealPath();
        Files.createDirectories(root.resolve("logs"));
        Files.createDirectories(root.resolve("firmware"));
    }

    @Test
    void aNewFileNeedsCreate() throws Exception {
        UploadRefused refused = assertThrows(UploadRefused.class,
                () -> targets(false, OverwritePolicy.OVERWRITE, false, 0).resolve("logs/new.log", -1));
        assertEquals(TftpErrorCode.FILE_NOT_FOUND, refused.code(), "as tftpd-hpa without -c");
        assertEquals(Outcome.NOT_FOUND, refused.outcome());

        UploadTarget target = targets(true, OverwritePolicy.OVERWRITE, false, 022).resolve("logs/new.log", -1);
        assertEquals(root.resolve("logs"), target.directory());
        assertEquals("new.log", target.name());
        assertEquals(Optional.of(PosixFilePermissions.fromString("rw-r--r--")), target.permissions(),
                "0666 & ~umask");
        assertEquals(Optional.of(PosixFilePermissions.fromString("rw-rw-rw-")),
                targets(true, OverwritePolicy.OVERWRITE, false, 0).resolve("new.log", -1).permissions());
    }

    /** The texts tftpd-hpa sends (bench/compare-tftpd-hpa.sh compares them on the wire). */
    @Test
    void refusalsCarryTftpdHpasMessages() throws Exception {
        UploadRefused newFile = assertThrows(UploadRefused.class,
                () -> targets(false, OverwritePolicy.OVERWRITE, false, 0).resolve("logs/new.log", -1));
        assertEquals(List.of(TftpErrorCode.FILE_NOT_FOUND, "File not found"),
                List.of(newFile.code(), newFile.getMessage()));
        UploadRefused noDirectory = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.OVERWRITE, false, 0).resolve("nodir/new.log", -1));
        assertEquals(List.of(TftpErrorCode.FILE_NOT_FOUND, "File not found"),
                List.of(noDirectory.code(), noDirectory.getMessage()));
        UploadRefused directory = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.OVERWRITE, false, 0).resolve("logs", -1));
        assertEquals(List.of(TftpErrorCode.ACCESS_VIOLATION, "Is a directory"),
                List.of(directory.code(), directory.getMessage()));
        Files.writeString(root.resolve("logs/phone.log"), "old");
        UploadRefused notWorldWritable = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.OVERWRITE, false, 0).resolve("logs/phone.log", -1));
        assertEquals("File must have global write permissions", notWorldWritable.getMessage());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenWorldWritableUnlessPermissive() throws Exception {
        Path file = Files.writeString(root.resolve("logs/phone.log"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        UploadRefused refused = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.OVERWRITE, false, 0).resolve("logs/phone.log", -1));
        assertEquals(TftpErrorCode.ACCESS_VIOLATION, refused.code());

        assertEquals(Optional.of(PosixFilePermissions.fromString("rw-r--r--")),
                targets(false, OverwritePolicy.OVERWRITE, true, 0).resolve("logs/phone.log", -1).permissions(),
                "permissive: replaced, keeping its mode");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertEquals(Optional.of(PosixFilePermissions.fromString("rw-rw-rw-")),
                targets(false, OverwritePolicy.OVERWRITE, false, 022).resolve("logs/phone.log", -1).permissions(),
                "world-writable: replaced without create, the mode kept rather than the umask applied");
    }

    @Test
    void evenPermissiveReplacesOnlyAFileTheServersAccountMayWrite() throws Exception {
        assumeFalse(System.getProperty("user.name").equals("root"), "root may write any file");
        Path firmware = Files.writeString(root.resolve("firmware/load.sbn"), "firmware");
        Files.setPosixFilePermissions(firmware, PosixFilePermissions.fromString("r--r--r--"));
        UploadRefused refused = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.OVERWRITE, true, 0).resolve("firmware/load.sbn", -1));
        assertEquals(TftpErrorCode.ACCESS_VIOLATION, refused.code(), "tftpd-hpa -p cannot open it for writing");
        assertEquals("Permission denied", refused.getMessage());
    }

    @Test
    void theOverwritePolicyDecidesForAnExistingFile() throws Exception {
        Path file = Files.writeString(root.resolve("logs/phone.log"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        UploadRefused refused = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.REFUSE, true, 0).resolve("logs/phone.log", -1));
        assertEquals(TftpErrorCode.FILE_EXISTS, refused.code());
        assertEquals(Outcome.DENIED, refused.outcome());

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(Optional.of(PosixFilePermissions.fromString("rw-r-----")),
                targets(true, OverwritePolicy.KEEP_BOTH, false, 027).resolve("logs/phone.log", -1).permissions(),
                "keep-both leaves the old file alone, so its mode does not matter");
    }

    @Test
    void theDirectoryMustExistAndBeAllowed() throws Exception {
        UploadTargets targets = new UploadTargets(new UploadConfig(root, List.of(root.resolve("logs")), true,
                OverwritePolicy.OVERWRITE, false, 0, 0));
        assertEquals(TftpErrorCode.FILE_NOT_FOUND,
                assertThrows(UploadRefused.class, () -> targets.resolve("logs/missing/x.log", -1)).code(),
                "no directory is created, as with tftpd-hpa");
        Files.writeString(root.resolve("logs/plain"), "");
        assertEquals(TftpErrorCode.FILE_NOT_FOUND,
                assertThrows(UploadRefused.class, () -> targets.resolve("logs/plain/x.log", -1)).code());
        assertEquals(TftpErrorCode.ACCESS_VIOLATION,
                assertThrows(UploadRefused.class, () -> targets.resolve("firmware/x.bin", -1)).code());
        assertEquals(TftpErrorCode.ACCESS_VIOLATION,
                assertThrows(UploadRefused.class, () -> targets.resolve("x.bin", -1)).code());
        assertEquals("x.log", targets.resolve("logs/x.log", -1).name());
    }

    @Test
    void symbolicLinksMustNotLeadOutside() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("logs/passwd"), outside.resolve("passwd"));
        Files.writeString(outside.resolve("passwd"), "secret");
        Files.createSymbolicLink(root.resolve("current"), root.resolve("logs"));
        UploadTargets targets = targets(true, OverwritePolicy.OVERWRITE, true, 0);
        assertEquals(TftpErrorCode.ACCESS_VIOLATION,
                assertThrows(UploadRefused.class, () -> targets.resolve("escape/x.log", -1)).code());
        assertEquals(TftpErrorCode.ACCESS_VIOLATION,
                assertThrows(UploadRefused.class, () -> targets.resolve("logs/passwd", -1)).code(),
                "a link as the target is neither followed nor replaced");
        assertEquals(root.resolve("logs"), targets.resolve("current/x.log", -1).directory(),
                "a link that stays inside leads to its real directory");
    }

    @Test
    void theAnnouncedSizeIsCheckedAgainstTheCapAndTheFreeSpace() throws Exception {
        UploadTargets capped = new UploadTargets(new UploadConfig(root, List.of(root), true,
                OverwritePolicy.OVERWRITE, false, 0, 1000));
        UploadRefused refused = assertThrows(UploadRefused.class, () -> capped.resolve("x.bin", 1001));
        assertEquals(TftpErrorCode.DISK_FULL, refused.code());
        assertEquals(Outcome.DENIED, refused.outcome());
        assertEquals("x.bin", capped.resolve("x.bin", 1000).name());

        UploadTargets unlimited = targets(true, OverwritePolicy.OVERWRITE, false, 0);
        UploadRefused full = assertThrows(UploadRefused.class, () -> unlimited.resolve("x.bin", Long.MAX_VALUE / 2));
        assertEquals(TftpErrorCode.DISK_FULL, full.code(), "more than the file system has free");
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefused() {
        UploadRefused refused = assertThrows(UploadRefused.class,
                () -> targets(true, OverwritePolicy.OVERWRITE, false, 0).resolve("a".repeat(256), -1));
        assertEquals(TftpErrorCode.ACCESS_VIOLATION, refused.code());
    }

    private UploadTargets targets(boolean create, OverwritePolicy policy, boolean permissive, int umask) {
        return new UploadTargets(new UploadConfig(root, List.of(root), create, policy, permissive, umask, 0));
    }
}
