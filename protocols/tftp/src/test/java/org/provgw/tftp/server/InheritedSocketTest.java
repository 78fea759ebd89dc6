package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TransferMode;

/**
 * tftp.listen = inherited with the socket handed in directly; the packaged-artifact tests hand
 * a real one over on a child's standard input.
 */
@Timeout(30)
class InheritedSocketTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private TestServer server;
    private DatagramChannel socket;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (socket != null) {
            socket.close();
        }
    }

    @Test
    void theInheritedSocketTakesRequestsAndTransfersGetTheirOwnPorts() throws Exception {
        socket = bound();
        server = new TestServer(Map.of("listen", "inherited"), this::socket);
        assertEquals(List.of(socket.getLocalAddress()), server.addresses());
        server.files.put("f.bin", new byte[600]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            RawPeer.Received first = client.receive();
            assertNotEquals(server.port(), first.from().getPort());
            client.send(first.from(), new Ack(1));
            assertEquals(88, ((Data) client.receive().packet()).length());
            client.send(first.from(), new Ack(2));
        }
        assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
    }

    @Test
    void theInheritedSocketCanBeTheSinglePortAndBeListedBesideAddresses() throws Exception {
        socket = bound();
        server = new TestServer(Map.of("listen", "127.0.0.1:0, inherited", "single-port", "true",
                "allow.1", "192.0.2.0/24"), this::socket);
        InetSocketAddress inherited = server.addresses().get(1);
        assertEquals(socket.getLocalAddress(), inherited);
        server.files.put("f.bin", new byte[10]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(inherited, new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            RawPeer.Received data = client.receive();
            assertEquals(inherited, data.from());
            assertInstanceOf(Data.class, data.packet());
            client.send(inherited, new Ack(1));
            client.send(server.addresses().get(0), new ReadRequest("f.bin", TransferMode.OCTET, Map.of()));
            assertTrue(client.silentFor(300), "the first listener has an allowlist of its own");
        }
        assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
    }

    @Test
    void withoutASocketOnStandardInputTheStartFailsNamingTheKey() {
        // surefire gives the test JVM a pipe as standard input, not a socket
        IOException e = assertThrows(IOException.class, () -> new TestServer(Map.of("listen", "inherited")));
        assertTrue(e.getMessage().startsWith("tftp.listen = inherited, but standard input is not a socket"),
                e.getMessage());
    }

    private DatagramChannel socket() {
        return socket;
    }

    private static DatagramChannel bound() throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(LOOPBACK, 0));
        return channel;
    }
}
