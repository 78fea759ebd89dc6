package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.protocol.Resolution;
import org.provgw.provider.ProvidedFile;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TransferMode;

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
    private static int fetch(InetSocketAddress server, String name) throws Exception {
        try (RawPeer client = new RawPeer(InetAddress.getLoopbackAddress())) {
            client.send(server, new ReadRequest(name, TransferMode.OCTET, Map.of()));
            int received = 0;
            for (int expected = 1; ; expected++) {
                RawPeer.Received reply = client.receive();
                Data data = assertInstanceOf(Data.class, reply.packet());
                assertEquals(expected, data.block());
                received += data.payload().length;
                client.send(reply.from(), new Ack(data.block()));
                if (data.payload().length < 512) {
                    return received;
                }
            }
        }
    }
}
