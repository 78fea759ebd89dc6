package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.protocol.Resolution;
import org.provgw.provider.ProvidedFile;

/**
 * Providers may block (JDBC, LDAP, a slow disk): every look-up runs on the look-up pool the
 * gateway hands over, never on MINA's listener thread nor on a transfer loop, in lockstep and in
 * single-port mode alike.
 */
@Timeout(60)
class LookupThreadTest {

    @Test
    void everyLookUpRunsOnTheLookUpPool() throws Exception {
        for (Map<String, String> settings : List.of(Map.<String, String>of(), Map.of("single-port", "true"))) {
            List<String> threads = new CopyOnWriteArrayList<>();
            try (TestServer server = new TestServer(settings)) {
                for (int i = 0; i < 10; i++) {
                    String name = "SEP0011AABBCC0" + i + ".cnf.xml";
                    server.resolutions.put(name, () -> {
                        threads.add(Thread.currentThread().getName());
                        return new Resolution.Found(ProvidedFile.ofBytes(new byte[700], "v1", Instant.EPOCH), "mem");
                    });
                    assertEquals(700, fetch(server.address(), name));
                }
            }
            assertEquals(10, threads.size(), settings + " " + threads);
            assertTrue(threads.stream().allMatch(name -> name.startsWith("test-lookup-")), settings + " " + threads);
        }
    }

    /**
     * Reads a file in lockstep from whichever port answers (single-port mode answers from the
     * listening port, which commons-net's client refuses).
     *
     * @return the bytes received
     */
    private static int fetch(InetSocketAddress server, String name) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            byte[] request = ("\0\1" + name + "\0octet\0").getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(request, request.length, server));
            DatagramPacket data = new DatagramPacket(new byte[516], 516);
            int received = 0;
            int expected = 1;
            while (true) {
                socket.receive(data);
                byte[] bytes = data.getData();
                assertEquals(3, bytes[1], "a DATA packet");
                int block = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
                byte[] ack = {0, 4, bytes[2], bytes[3]};
                socket.send(new DatagramPacket(ack, ack.length, data.getSocketAddress()));
                if (block == expected) {
                    received += data.getLength() - 4;
                    expected++;
                    if (data.getLength() < 516) {
                        return received;
                    }
                }
            }
        }
    }
}
