package org.provgw.provider.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.provgw.provider.fs.TestProviders.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.provgw.provider.FileProvider;

/** FIFOs are never opened: opening one for reading would block a look-up thread forever. */
class SpecialFilesTest {

    /** A hang guard, not a performance limit: a provider that opens the FIFO never returns. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path root;

    @Test
    void fifoIsNotFoundAndNotOpened() throws Exception {
        Path fifo = root.resolve("phone.fifo");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Files.createSymbolicLink(root.resolve("fifo-link"), fifo);
        try (FileProvider provider = TestProviders.create(root)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                assertEquals(Optional.empty(), fetch(provider, "phone.fifo"));
                assertEquals(Optional.empty(), fetch(provider, "PHONE.FIFO"));
                assertEquals(Optional.empty(), fetch(provider, "fifo-link"));
            });
        }
    }

    private static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", fifo.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor() == 0 && Files.exists(fifo) && !Files.isRegularFile(fifo);
        } catch (IOException e) {
            return false;
        }
    }
}
