package org.provgw.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.apache.commons.net.tftp.TFTP;
import org.apache.commons.net.tftp.TFTPClient;

/** Fetches files from the gateways the tests start, with commons-net's client. */
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
     * @return a UDP port that was free on 127.0.0.1 a moment ago, for the one test whose
     *     gateway detaches and so cannot report the port it got
     */
    static int freePort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            return socket.getLocalPort();
        }
    }
}
