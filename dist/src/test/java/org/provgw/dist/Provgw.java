package org.provgw.dist;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A run of bin/provgw (or a link to it) as a child process, as a user would start it. Output
 * goes to files rather than pipes, so a chatty process can never block on a full pipe.
 *
 * <p>The child gets the test JVM's Java as {@code JAVA_HOME} and no {@code PROVGW_JAVA_OPTS} or
 * {@code PROVGW_LOG_LEVEL}, so the launcher's own defaults are what runs.
 */
final class Provgw {

    /** Longest wait for a command that should finish by itself (--check, a refused start). */
    static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private final ProcessBuilder builder;
    private final Path outputDir;

    private Provgw(ProcessBuilder builder, Path outputDir) {
        this.builder = builder;
        this.outputDir = outputDir;
    }

    /**
     * @param launcher the script (or link) to run; a relative path is resolved by the child
     *     against its working directory, as a shell would
     * @param outputDir where the captured output files go
     * @param args the arguments
     * @return a run, not started
     */
    static Provgw of(Path launcher, Path outputDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("PROVGW_JAVA_OPTS");
        builder.environment().remove("PROVGW_LOG_LEVEL");
        builder.environment().remove("PROVGW_RUNTIME_DIR"); // in.tftpd's, chosen by each test
        builder.environment().remove("RUNTIME_DIRECTORY");
        return new Provgw(builder, outputDir);
    }

    /** @return this run, with the child started in {@code dir} */
    Provgw in(Path dir) {
        builder.directory(dir.toFile());
        return this;
    }

    /** @return this run, with an environment variable set for the child */
    Provgw env(String name, String value) {
        builder.environment().put(name, value);
        return this;
    }

    /**
     * Runs to the end; fails the test if that takes longer than {@link #RUN_LIMIT}.
     *
     * @return the exit status and output
     */
    Finished run() throws IOException, InterruptedException {
        try (RunningProvgw running = start()) {
            if (!running.process().waitFor(RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                fail(builder.command() + " still running after " + RUN_LIMIT + "\n"
                        + running.output());
            }
            return running.finished();
        }
    }

    /** @return the started process; close it to make sure it is gone */
    RunningProvgw start() throws IOException {
        Path stdout = Files.createTempFile(outputDir, "provgw-", ".stdout");
        Path stderr = Files.createTempFile(outputDir, "provgw-", ".stderr");
        builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        process.getOutputStream().close(); // provgw reads no input: give it end-of-file
        return new RunningProvgw(process, stdout, stderr);
    }
}
