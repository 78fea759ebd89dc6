package org.provgw.dist;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A server started in a session of its own ({@code setsid}), so that everything it forks stays
 * findable and is killed with it: tftpd-hpa forks a child per request, and a child whose parent
 * is gone keeps the session. Linux only ({@code /proc}).
 */
final class ServerSession implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final Process process;
    private final String name;

    private ServerSession(Process process, String name) {
        this.process = process;
        this.name = name;
    }

    /**
     * @param name what the server is, for messages
     * @param command the server's command line
     * @param environment variables to add
     * @param log where its output goes
     * @return the running server, once it leads its session
     */
    static ServerSession start(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("setsid"));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        ServerSession session = new ServerSession(builder.start(), name);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        // setsid(1) does not fork here (the child leads no process group) but becomes the session
        // leader a moment after it starts
        while (session.process.isAlive() && session(session.process.pid()).orElse(-1) != session.process.pid()) {
            if (System.nanoTime() > deadline) {
                session.close();
                throw new IOException(name + " did not start a session of its own");
            }
            Thread.sleep(POLL.toMillis());
        }
        return session;
    }

    /**
     * @param port a UDP port on 127.0.0.1
     * @param limit how long to wait
     * @return whether the server bound it in time (false when it exited)
     */
    boolean awaitBound(int port, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (udpPortBound(port)) {
                return true;
            }
            Thread.sleep(POLL.toMillis());
        }
        return false;
    }

    /** Kills every process of the session, SIGTERM first, and waits until none is left. */
    @Override
    public void close() throws IOException, InterruptedException {
        members().forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!members().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
        }
        members().forEach(ProcessHandle::destroyForcibly);
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!members().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IOException(name + ": processes left after SIGKILL: " + members());
            }
            Thread.sleep(POLL.toMillis());
        }
        process.waitFor();
    }

    private List<ProcessHandle> members() throws IOException {
        long sid = process.pid();
        List<ProcessHandle> members = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String pid = entry.getFileName().toString();
                if (pid.chars().allMatch(Character::isDigit) && session(Long.parseLong(pid)).orElse(-1) == sid) {
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(members::add);
                }
            }
        }
        return members;
    }

    /** The session id from /proc/PID/stat: the fourth field after the command in brackets. */
    private static OptionalLong session(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[3]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // gone meanwhile
        }
    }

    private static boolean udpPortBound(int port) throws IOException {
        String local = String.format(":%04X", port);
        for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
            Optional<String> bound = Files.readAllLines(Path.of(table)).stream().skip(1)
                    .map(String::trim).map(line -> line.split("\\s+")[1])
                    .filter(address -> address.endsWith(local)).findAny();
            if (bound.isPresent()) {
                return true;
            }
        }
        return false;
    }
}
