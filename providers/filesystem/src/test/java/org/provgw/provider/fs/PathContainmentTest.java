package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.provgw.provider.fs.TestProviders.fetch;
import static org.provgw.provider.fs.TestProviders.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.provider.FileProvider;
import org.provgw.provider.IllegalPathException;

/** No name, symbolic link or encoding reaches a file outside the root. */
class PathContainmentTest {

    @TempDir
    Path base;

    private Path root;
    private Path outside;
    private FileProvider provider;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectory(base.resolve("root"));
        outside = Files.createDirectory(base.resolve("outside"));
        write(outside, "secret.txt", "secret");
        write(root, "real.txt", "real");
        write(root, "sub/inner.txt", "inner");
        provider = TestProviders.create(root);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside/secret.txt", "sub/../../outside/secret.txt",
        "..\\outside\\secret.txt", "sub\\..\\..\\outside\\secret.txt", "..", "sub/..",
        "/../etc/passwd"})
    void dotDotIsRejectedBeforeAnyProviderSeesIt(String name) {
        assertThrows(IllegalPathException.class, () -> TestProviders.request(name));
    }

    @Test
    void controlCharactersAndOverlongNamesAreRejectedBeforeAnyProviderSeesThem() {
        assertThrows(IllegalPathException.class, () -> TestProviders.request("real.txt\0.cnf"));
        assertThrows(IllegalPathException.class, () -> TestProviders.request("a".repeat(1025)));
    }

    @Test
    void symbolicLinkToAFileOutsideIsNotFound() throws Exception {
        Files.createSymbolicLink(root.resolve("secret.txt"), outside.resolve("secret.txt"));
        assertEquals(Optional.empty(), fetch(provider, "secret.txt"));
        assertEquals(Optional.empty(), fetch(provider, "SECRET.TXT"));
    }

    @Test
    void symbolicLinkToEtcPasswdIsNotFound() throws Exception {
        Path passwd = Paths.get("/etc/passwd");
        assumeTrue(Files.isRegularFile(passwd), "no /etc/passwd on this system");
        Path link = Files.createSymbolicLink(root.resolve("passwd"), passwd);
        try {
            assertEquals(Optional.empty(), fetch(provider, "passwd"));
            assertEquals(Optional.empty(), fetch(provider, "PASSWD"));
        } finally {
            Files.delete(link); // spares the temp-directory clean-up a warning about it
        }
    }

    @Test
    void symbolicLinkToADirectoryOutsideIsNotFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("out"), outside);
        assertEquals(Optional.empty(), fetch(provider, "out/secret.txt"));
        assertEquals(Optional.empty(), fetch(provider, "OUT/SECRET.TXT"));
        assertEquals(Optional.empty(), fetch(provider, "out"));
    }

    @Test
    void chainOfLinksLeavingTheRootIsNotFound() throws Exception {
        Files.createSymbolicLink(root.resolve("hop2"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("hop1"), root.resolve("hop2"));
        assertEquals(Optional.empty(), fetch(provider, "hop1"));
    }

    @Test
    void relativeLinkClimbingOutIsNotFound() throws Exception {
        Files.createSymbolicLink(root.resolve("sub/climb"), Paths.get("../../outside/secret.txt"));
        assertEquals(Optional.empty(), fetch(provider, "sub/climb"));
    }

    @Test
    void symbolicLinksInsideTheRootAreFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("real.txt"));
        Files.createSymbolicLink(root.resolve("subalias"), Paths.get("sub"));
        assertEquals(Optional.of("real"), fetch(provider, "alias.txt"));
        assertEquals(Optional.of("inner"), fetch(provider, "subalias/inner.txt"));
        assertEquals(Optional.of("inner"), fetch(provider, "SUBALIAS/INNER.TXT"));
    }

    @Test
    void symbolicLinkLoopsAndDanglingLinksAreNotFound() throws Exception {
        Files.createSymbolicLink(root.resolve("loop1"), Paths.get("loop2"));
        Files.createSymbolicLink(root.resolve("loop2"), Paths.get("loop1"));
        Files.createSymbolicLink(root.resolve("dangling"), Paths.get("nowhere"));
        assertEquals(Optional.empty(), fetch(provider, "loop1"));
        assertEquals(Optional.empty(), fetch(provider, "loop1/x"));
        assertEquals(Optional.empty(), fetch(provider, "dangling"));
    }

    @Test
    void absoluteLookingNamesAreRelativeToTheRoot() throws Exception {
        assertEquals("etc/passwd", TestProviders.request("/etc/passwd").path());
        assertEquals("etc/passwd", TestProviders.request("\\etc\\passwd").path());
        assertEquals(Optional.empty(), fetch(provider, "/etc/passwd"));
        assertEquals(Optional.empty(), fetch(provider, "\\etc\\passwd"));
        write(root, "etc/passwd", "the root's own");
        assertEquals(Optional.of("the root's own"), fetch(provider, "/etc/passwd"));
        assertEquals(Optional.of("the root's own"), fetch(provider, "\\etc\\passwd"));
    }

    @Test
    void percentEncodedNamesAreLiteralNames() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "%2e%2e%2foutside%2fsecret.txt"));
        assertEquals(Optional.empty(), fetch(provider, "%2e%2e/outside/secret.txt"));
        write(root, "%2e%2e%2fsecret.txt", "literal");
        assertEquals(Optional.of("literal"), fetch(provider, "%2e%2e%2fsecret.txt"));
    }

    @Test
    void overlongNamesAreNotFound() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "x".repeat(300)));
        assertEquals(Optional.empty(), fetch(provider, "sub/" + "é".repeat(200)));
        assertEquals(Optional.empty(), fetch(provider, "a/".repeat(500) + "b"));
    }

    @Test
    void namesTheFileSystemCannotRepresentAreNotFound() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "bad\uD800name.txt"));
        assertEquals(Optional.empty(), fetch(provider, "sub/\uDFFF"));
    }

    @Test
    void directoriesAreNotFound() throws Exception {
        assertEquals(Optional.empty(), fetch(provider, "sub"));
        assertEquals(Optional.empty(), fetch(provider, "sub/"));
        assertEquals(Optional.empty(), fetch(provider, "SUB"));
        assertEquals(Optional.empty(), fetch(provider, "real.txt/inner.txt"));
    }

    @Test
    void symbolicLinkToTheRootItselfIsNotAFile() throws Exception {
        Files.createSymbolicLink(root.resolve("self"), root);
        assertEquals(Optional.empty(), fetch(provider, "self"));
        assertEquals(Optional.of("real"), fetch(provider, "self/self/real.txt"));
    }
}
