package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A started bin/provgw whose output is being captured to files. */
final class RunningProvgw implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    RunningProvgw(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    Process process() {
        return process;
    }

    /**
     * Waits until standard output has a line matching {@code pattern}; fails the test if the
     * process exits first or {@code limit} passes.
     *
     * @return the match
     */
    Matcher awaitStdout(Pattern pattern, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Matcher m = pattern.matcher(read(stdout));
            if (m.find()) {
                return m;
            }
            if (!process.isAlive()) {
                fail("provgw exited before printing /" + pattern + "/\n" + finished().describe());
            }
            if (System.nanoTime() > deadline) {
                fail("no /" + pattern + "/ from provgw within " + limit + "\n" + output());
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Sends SIGTERM, as systemd and Ctrl-C do, and waits for the exit.
     *
     * @return the exit status
     */
    int terminate(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("provgw still running " + limit + " after SIGTERM\n" + output());
        }
        return process.exitValue();
    }

    /** @return the exit status and output; only once the process has exited */
    Finished finished() {
        return new Finished(process.exitValue(), read(stdout), read(stderr));
    }

    /** @return what the process printed so far, labelled, for assertion messages */
    String output() {
        return "--- stdout\n" + read(stdout) + "--- stderr\n" + read(stderr);
    }

    /** Kills the process if a failed test left it running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Never throws, so that it can build assertion messages. */
    private static String read(Path file) {
        try {
            // Lenient decoding: the file may end in the middle of a character being written.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")\n";
        }
    }
}
