package org.provgw.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;

/** Talks to the gateways the tests start: fetches with commons-net's client, uploads with tftp-hpa's. */
final class Tftp {

    private Tftp() {
    }

    static byte[] fetch(String file, int port) throws IOException {
        TFTPClient client = new TFTPClient();
        client.setDefaultTimeout(Duration.ofSeconds(2));
        client.setMaxTimeouts(5);
        client.open();
        try {
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            client.receiveFile(file, TFTP.BINARY_MODE, received, InetAddress.getByName("127.0.0.1"), port);
            return received.toByteArray();
        } finally {
            client.close();
        }
    }

    /**
     * What tftp-hpa's client did.
     *
     * @param exitCode its exit status
     * @param output what it printed (an ERROR shows as "Error code N: message")
     */
    record Client(int exitCode, String output) {
    }

    /**
     * Uploads in octet mode with tftp-hpa's {@code tftp}, as phones' logs arrive; skips the test
     * when it is not installed.
     */
    static Client put(Path local, String remote, int port) throws IOException, InterruptedException {
        Path tftp = Binaries.require("tftp", "tftp-hpa's client (Debian package tftp-hpa; .ci/run installs it)");
        Process put = new ProcessBuilder(tftp.toString(), "-m", "binary", "127.0.0.1", Integer.toString(port), "-c",
                "put", local.toString(), remote).redirectErrorStream(true).start();
        put.getOutputStream().close();
        String output = new String(put.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!put.waitFor(60, TimeUnit.SECONDS)) {
            put.destroyForcibly();
            throw new IOException("tftp put " + remote + " did not finish: " + output);
        }
        return new Client(put.exitValue(), output);
    }

    /**
     * @return a UDP port that was free on 127.0.0.1 a moment ago, for the one test whose
     *     gateway detaches and so cannot report the port it got
     */
    static int freePort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            return socket.getLocalPort();
        }
    }
}
