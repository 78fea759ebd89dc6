package org.provgw.gateway.remap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;

/**
 * The installed tftpd-hpa ({@code /usr/sbin/in.tftpd}) as an oracle: started standalone on
 * 127.0.0.1 with a map file and a directory ({@code -L -a 127.0.0.1:PORT -s DIR -m FILE}), asked
 * with commons-net's client, stopped by the test. Ports come from 18200-18219, the range set
 * aside for this comparison, since in.tftpd cannot report a port the system chose.
 */
final class TftpdHpa implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/in.tftpd");
    private static final int FIRST_PORT = 18200;
    private static final int LAST_PORT = 18219;
    private static final Pattern ERROR = Pattern.compile("Error code (\\d+) received: (.*)", Pattern.DOTALL);

    private final Process process;
    private final InetSocketAddress address;

    private TftpdHpa(Process process, InetSocketAddress address) {
        this.process = process;
        this.address = address;
    }

    /** @return why the oracle cannot run here, or {@code null} when it can */
    static String unavailable() {
        if (!Files.isExecutable(BINARY)) {
            return BINARY + " is not installed";
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "in.tftpd -s needs root (chroot); running as " + System.getProperty("user.name");
        }
        return null;
    }

    /**
     * @param mapFile the rules
     * @param root the directory served
     * @return a running server
     * @throws IOException if no port of the range works
     */
    static TftpdHpa start(Path mapFile, Path root) throws IOException, InterruptedException {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            if (!free(port)) {
                continue;
            }
            Process process = new ProcessBuilder(BINARY.toString(), "-L", "-a", "127.0.0.1:" + port,
                    "-u", "root", "-s", root.toString(), "-m", mapFile.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            TftpdHpa server = new TftpdHpa(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            if (server.ready()) {
                return server;
            }
            server.close();
        }
        throw new IOException("no free port in " + FIRST_PORT + "-" + LAST_PORT + " for in.tftpd");
    }

    /**
     * @param mapFile the rules
     * @param root the directory served
     * @return whether in.tftpd refuses to start with that map file (exit status 78, EX_CONFIG)
     */
    static boolean refuses(Path mapFile, Path root) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(BINARY.toString(), "-L", "-a", "127.0.0.1:" + FIRST_PORT,
                "-u", "root", "-s", root.toString(), "-m", mapFile.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor(3, TimeUnit.SECONDS)) {
            return process.exitValue() == 78;
        }
        process.destroy();
        process.waitFor(3, TimeUnit.SECONDS);
        return false;
    }

    private static boolean free(int port) {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            return probe.isBound();
        } catch (SocketException e) {
            return false;
        }
    }

    /** Up when it answers a request (any answer); gone if it exited, e.g. for a taken port. */
    private boolean ready() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (!get("provgw-readiness-probe", Duration.ofMillis(200)).equals("TIMEOUT")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param name the name to ask for
     * @return {@code DATA <content>}, {@code ERROR <code> <message>} or {@code TIMEOUT}
     */
    String get(String name) {
        return get(name, Duration.ofSeconds(3));
    }

    private String get(String name, Duration timeout) {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(timeout);
        client.setMaxTimeouts(1);
        try {
            client.open();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            client.receiveFile(name, TFTP.BINARY_MODE, out, address.getAddress(), address.getPort());
            return "DATA " + out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            Matcher m = ERROR.matcher(String.valueOf(e.getMessage()));
            return m.matches() ? "ERROR " + m.group(1) + " " + m.group(2) : "TIMEOUT";
        } finally {
            client.close();
        }
    }

    /** @return the address it serves on */
    InetSocketAddress address() {
        return address;
    }

    /** Writes a map file: the rules, one a line. */
    static Path mapFile(Path file, List<String> rules) throws IOException {
        return Files.writeString(file, String.join("\n", rules) + "\n", StandardCharsets.UTF_8);
    }

    /** Stops the server and any child still serving a request (a 5.2 child can loop for ever). */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
