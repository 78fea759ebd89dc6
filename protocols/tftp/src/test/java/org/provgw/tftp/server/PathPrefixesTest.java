package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;

/** tftpd-hpa's names without --secure: absolute, inside one of the directories. */
class PathPrefixesTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.7", 2000);
    private final NameRewriter prefixes = new PathPrefixes(NameRewriter.IDENTITY, List.of("/srv/tftp", "/srv/boot"),
            Optional.of("/srv/tftp"));

    @ParameterizedTest
    @CsvSource({
        "/srv/tftp/SEP0011AABBCC01.cnf.xml, /SEP0011AABBCC01.cnf.xml",
        "/srv/boot/pxelinux.0, /pxelinux.0",
        "/srv/tftp/a/b/c.bin, /a/b/c.bin"})
    void cutsTheDirectoryOffANameInsideIt(String requested, String looked) {
        assertEquals(new Rewrite.Name(looked), rewrite(prefixes, requested));
    }

    @ParameterizedTest
    @CsvSource({
        "SEP0011AABBCC01.cnf.xml, Only absolute filenames allowed",
        "srv/tftp/a.bin, Only absolute filenames allowed",
        "/etc/passwd, Forbidden directory",
        "/srv/tftpx/a.bin, Forbidden directory",
        "/srv, Forbidden directory"})
    void refusesWhatTftpdHpaRefuses(String requested, String message) {
        assertEquals(new Rewrite.Denied(message), rewrite(prefixes, requested));
    }

    @Test
    void checksTheNameTheMapFileMadeAndKeepsItsRefusals() {
        NameRewriter rules = (name, direction, client, protocol) -> name.startsWith("deny")
                ? new Rewrite.Denied("no") : new Rewrite.Name("/srv/tftp/" + name);
        NameRewriter chained = new PathPrefixes(rules, List.of("/srv/tftp"), Optional.empty());
        assertEquals(new Rewrite.Name("/x.cnf"), rewrite(chained, "x.cnf"));
        assertEquals(new Rewrite.Denied("no"), rewrite(chained, "deny.cnf"));
    }

    @Test
    void theRootDirectoryAdmitsEveryAbsoluteName() {
        NameRewriter root = new PathPrefixes(NameRewriter.IDENTITY, List.of("/"), Optional.empty());
        assertEquals(new Rewrite.Name("/etc/motd"), rewrite(root, "/etc/motd"));
    }

    @ParameterizedTest
    @CsvSource({
        "/srv/tftp/logs/SEP0011AABBCC01.log, /logs/SEP0011AABBCC01.log",
        "/srv/tftp/x.bin, /x.bin"})
    void anUploadInsideTheUploadRootLosesThatDirectory(String requested, String stored) {
        assertEquals(new Rewrite.Name(stored), write(prefixes, requested));
    }

    @ParameterizedTest
    @CsvSource({
        "x.bin, Only absolute filenames allowed",
        "/etc/x.bin, Forbidden directory",
        "/srv/boot/x.bin, 'Forbidden directory for uploads: they go to /srv/tftp'"})
    void anUploadElsewhereIsRefusedRatherThanStoredUnderAnotherDirectory(String requested, String message) {
        assertEquals(new Rewrite.Denied(message), write(prefixes, requested));
    }

    @Test
    void theUploadPrefixIsTheUploadRootAsClientsNameIt(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("data/tftp/uploads"));
        Path link = Files.createSymbolicLink(dir.resolve("srv"), dir.resolve("data"));
        String linked = link.resolve("tftp").toString();
        Path root = real.toRealPath();
        assertEquals(Optional.of(linked), PathPrefixes.uploadPrefix(List.of("/nowhere", linked), root.getParent()));
        assertEquals(Optional.of(linked + "/uploads"), PathPrefixes.uploadPrefix(List.of(linked), root));
        assertEquals(Optional.of(root.toString()), PathPrefixes.uploadPrefix(List.of("/"), root));
        assertEquals(Optional.empty(), PathPrefixes.uploadPrefix(List.of(linked + "/uploads/deeper"), root));
    }

    private static Rewrite rewrite(NameRewriter rewriter, String name) {
        return rewriter.rewrite(name, Direction.READ, CLIENT, Protocol.TFTP);
    }

    private static Rewrite write(NameRewriter rewriter, String name) {
        return rewriter.rewrite(name, Direction.WRITE, CLIENT, Protocol.TFTP);
    }
}
