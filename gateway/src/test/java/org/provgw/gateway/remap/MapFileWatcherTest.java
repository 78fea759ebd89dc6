package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.gateway.fakes.LogCapture;
import org.provgw.protocol.Direction;
import org.provgw.provider.Protocol;

/**
 * Reloading: on a change once the file has settled, on SIGHUP, never into a broken state; a
 * failed reload keeps the rules and is logged once, with its line number.
 */
@Timeout(30)
class MapFileWatcherTest {

    private static final String WATCHER_LOG = MapFileWatcher.class.getName();
    private static final AtomicLong CLOCK = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());

    @TempDir
    Path dir;

    private Path write(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        // a new, distinct time for each write: some file systems keep only whole seconds
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(CLOCK.addAndGet(10))));
        return file;
    }

    private static String rewrite(MapFileRewriter rewriter, String name) {
        return Remap.text(rewriter.rewrite(name, Direction.READ, Remap.V4_CLIENT, Protocol.TFTP));
    }

    private record Watched(Path file, MapFileRewriter rewriter, MapFileWatcher watcher) {
    }

    private Watched watch(String... lines) throws Exception {
        Path file = write(dir.resolve("tftpd.map"), lines);
        FileStamp stamp = FileStamp.of(file);
        MapFileRewriter rewriter = new MapFileRewriter(MapFileLoader.load(file), FileProbe.NONE);
        return new Watched(file, rewriter, new MapFileWatcher(file, rewriter, stamp));
    }

    @Test
    void loadsAChangeOnceTwoLooksInARowSeeTheSameFile() throws Exception {
        Watched w = watch("r ^ old/");
        write(w.file(), "r ^ new/");

        w.watcher().poll();
        assertEquals("old/a", rewrite(w.rewriter(), "a"), "the file may still be being written");
        w.watcher().poll();
        assertEquals("new/a", rewrite(w.rewriter(), "a"));
    }

    @Test
    void waitsWhileTheFileKeepsChanging() throws Exception {
        Watched w = watch("r ^ old/");
        write(w.file(), "r ^ half");
        w.watcher().poll();
        write(w.file(), "r ^ whole/");
        w.watcher().poll();
        assertEquals("old/a", rewrite(w.rewriter(), "a"));
        w.watcher().poll();
        assertEquals("whole/a", rewrite(w.rewriter(), "a"));
    }

    @Test
    void leavesAnUnchangedFileAlone() throws Exception {
        Watched w = watch("r ^ old/");
        try (LogCapture log = LogCapture.of(WATCHER_LOG)) {
            w.watcher().poll();
            w.watcher().poll();
            assertTrue(log.events().isEmpty(), log.messages(Level.INFO).toString());
        }
    }

    @Test
    void aFailedReloadKeepsTheRulesAndIsLoggedOnceWithItsLineNumber() throws Exception {
        Watched w = watch("r ^ old/");
        try (LogCapture log = LogCapture.of(WATCHER_LOG)) {
            write(w.file(), "r ^ new/", "# fine so far", "rq ^ broken");
            for (int i = 0; i < 5; i++) {
                w.watcher().poll();
            }
            assertEquals("old/a", rewrite(w.rewriter(), "a"));
            List<String> errors = log.messages(Level.ERROR);
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).contains("line 3: invalid operation flag 'q'"), errors.get(0));
            assertTrue(errors.get(0).contains("keeping the 1 rules loaded before"), errors.get(0));

            write(w.file(), "r ^ fixed/");
            w.watcher().poll();
            w.watcher().poll();
            assertEquals("fixed/a", rewrite(w.rewriter(), "a"));
            assertEquals(1, log.messages(Level.ERROR).size());
            assertTrue(log.messages(Level.INFO).get(0).contains("reloaded (changed): 1 rules"),
                    log.messages(Level.INFO).toString());
        }
    }

    @Test
    void aMissingFileKeepsTheRulesUntilItComesBack() throws Exception {
        Watched w = watch("r ^ old/");
        try (LogCapture log = LogCapture.of(WATCHER_LOG)) {
            Files.delete(w.file());
            for (int i = 0; i < 4; i++) {
                w.watcher().poll();
            }
            assertEquals("old/a", rewrite(w.rewriter(), "a"));
            assertEquals(1, log.messages(Level.ERROR).size(), log.messages(Level.ERROR).toString());
            assertTrue(log.messages(Level.ERROR).get(0).contains("no such file"));

            write(w.file(), "r ^ back/");
            w.watcher().poll();
            w.watcher().poll();
            assertEquals("back/a", rewrite(w.rewriter(), "a"));
        }
    }

    @Test
    void seesAFileReplacedByRenameAndALinkPointedElsewhere() throws Exception {
        Path real = write(dir.resolve("v1.map"), "r ^ v1/");
        Path link = Files.createSymbolicLink(dir.resolve("current.map"), real);
        MapFileRewriter rewriter = new MapFileRewriter(MapFileLoader.load(link), FileProbe.NONE);
        MapFileWatcher watcher = new MapFileWatcher(link, rewriter, FileStamp.of(link));

        Path next = write(dir.resolve("v2.map"), "r ^ v2/");
        Path staged = Files.createSymbolicLink(dir.resolve("staged.map"), next);
        Files.move(staged, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        watcher.poll();
        watcher.poll();
        assertEquals("v2/a", rewrite(rewriter, "a"));

        Path replacement = write(dir.resolve("v3.tmp"), "r ^ v3/");
        Files.move(replacement, next, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        watcher.poll();
        watcher.poll();
        assertEquals("v3/a", rewrite(rewriter, "a"));
    }

    @Test
    void reloadsOnSighupAtOnce() throws Exception {
        Watched w = watch("r ^ old/");
        w.watcher().start(Duration.ofHours(1)); // no poll during the test: only the signal reloads
        try {
            assumeTrue(w.watcher().listensForHangup(), "this JVM cannot catch SIGHUP");
            assertTrue(HangupSignal.installed());
            write(w.file(), "r ^ new/");

            HangupSignal.raise(); // a real SIGHUP to this JVM, handled by the watcher
            awaitRewrite(w.rewriter(), "a", "new/a");
        } finally {
            w.watcher().close();
        }
        assertFalse(HangupSignal.installed(), "the JVM's own SIGHUP handler is back");
    }

    @Test
    void aSighupReloadsEvenAnUnchangedFileAndReportsAFailureAgain() throws Exception {
        Watched w = watch("r ^ old/");
        write(w.file(), "r ^ new/", "r (");
        try (LogCapture log = LogCapture.of(WATCHER_LOG)) {
            w.watcher().reloadNow();
            w.watcher().reloadNow();
            assertEquals("old/a", rewrite(w.rewriter(), "a"));
            assertEquals(2, log.messages(Level.ERROR).size(), "the operator asked each time");
            assertTrue(log.messages(Level.ERROR).get(0).contains("(SIGHUP): line 2: bad regex '('"),
                    log.messages(Level.ERROR).get(0));
        }
    }

    @Test
    void pollsOnItsOwnThreadUntilClosed() throws Exception {
        Watched w = watch("r ^ old/");
        w.watcher().start(Duration.ofMillis(20));
        try {
            write(w.file(), "r ^ new/");
            awaitRewrite(w.rewriter(), "a", "new/a");
        } finally {
            w.watcher().close();
        }
        write(w.file(), "r ^ after-close/");
        Thread.sleep(100);
        assertEquals("new/a", rewrite(w.rewriter(), "a"), "no poll after close");
        w.watcher().close(); // idempotent
    }

    private static void awaitRewrite(MapFileRewriter rewriter, String name, String expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!rewrite(rewriter, name).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(expected, rewrite(rewriter, name));
    }
}
