package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;

/** Several listeners of both families, allowlists per listener, refused options: on real sockets. */
@Timeout(30)
class AddressesTest {

    private static final InetAddress V4 = addr("127.0.0.1");
    private static final InetAddress V6 = addr("::1");
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void ipv4AndIpv6ListenersServeTogetherEachAnsweringFromItsOwnAddress() throws Exception {
        server = new TestServer(Map.of("listen", "127.0.0.1:0, [::1]:0"));
        server.files.put("f.bin", new byte[700]);
        List<InetSocketAddress> bound = server.addresses();
        assertEquals(List.of(V4, V6), bound.stream().map(InetSocketAddress::getAddress).toList());
        try (RawPeer four = new RawPeer(V4); RawPeer six = new RawPeer(V6)) {
            four.send(bound.get(0), rrq("f.bin", Map.of()));
            six.send(bound.get(1), rrq("f.bin", Map.of()));
            fetch(four, V4);
            fetch(six, V6);
        }
        assertEquals(List.of(Outcome.COMPLETED, Outcome.COMPLETED),
                server.awaitAccess(2).stream().map(r -> r.outcome()).toList());
    }

    @Test
    void clientsOutsideTheAllowlistGetNoAnswerAndAreCounted() throws Exception {
        server = new TestServer(Map.of("listen", "127.0.0.1:0, [::1]:0", "allow", "10.0.0.0/8, ::1"));
        server.files.put("f.bin", new byte[100]);
        try (RawPeer four = new RawPeer(V4); RawPeer six = new RawPeer(V6)) {
            four.send(server.addresses().get(0), rrq("f.bin", Map.of()));
            four.send(server.addresses().get(0), rrq("missing.bin", Map.of()));
            four.send(server.addresses().get(0), new byte[] {0, 9});
            assertTrue(four.silentFor(400), "no answer at all, not even an error");
            six.send(server.addresses().get(1), rrq("f.bin", Map.of()));
            fetch(six, V6);
        }
        assertEquals(3, server.counters().notAllowed());
        assertEquals(1, server.awaitAccess(1).size(), "refused clients leave no access line");
    }

    @Test
    void aListenerCanHaveItsOwnAllowlist() throws Exception {
        server = new TestServer(Map.of("listen", "127.0.0.1:0, [::1]:0", "allow", "127.0.0.0/8",
                "allow.2", "2001:db8::/32"));
        server.files.put("f.bin", new byte[100]);
        try (RawPeer four = new RawPeer(V4); RawPeer six = new RawPeer(V6)) {
            six.send(server.addresses().get(1), rrq("f.bin", Map.of()));
            assertTrue(six.silentFor(400), "::1 is outside the second listener's list");
            four.send(server.addresses().get(0), rrq("f.bin", Map.of()));
            fetch(four, V4);
        }
        assertEquals(1, server.counters().notAllowed());
    }

    @Test
    void theWildcardListenerKnowsItsAllowlist() throws Exception {
        server = new TestServer(Map.of("listen", "0.0.0.0:0", "allow", "127.0.0.2"));
        server.files.put("f.bin", new byte[100]);
        InetSocketAddress target = new InetSocketAddress(V4, server.port());
        try (RawPeer one = new RawPeer(V4); RawPeer two = new RawPeer(addr("127.0.0.2"))) {
            one.send(target, rrq("f.bin", Map.of()));
            assertTrue(one.silentFor(400));
            two.send(target, rrq("f.bin", Map.of()));
            fetch(two, V4);
        }
        assertEquals(1, server.counters().notAllowed());
    }

    /** The JVM's sockets are dual-stack: 0.0.0.0 is the IPv6 wildcard, as [::] is, on MINA and on a single port. */
    @ParameterizedTest
    @ValueSource(strings = {"false", "true"})
    void theIpv4WildcardServesBothFamilies(String singlePort) throws Exception {
        server = new TestServer(Map.of("listen", "0.0.0.0:0", "single-port", singlePort));
        server.files.put("f.bin", new byte[100]);
        try (RawPeer four = new RawPeer(V4); RawPeer six = new RawPeer(V6)) {
            four.send(new InetSocketAddress(V4, server.port()), rrq("f.bin", Map.of()));
            fetch(four, V4);
            six.send(new InetSocketAddress(V6, server.port()), rrq("f.bin", Map.of()));
            fetch(six, V6);
        }
        assertEquals(2, server.awaitAccess(2).size());
    }

    @Test
    void refusedOptionsAreLeftOutOfTheOptionAcknowledgement() throws Exception {
        server = new TestServer(Map.of("refuse-options", "blksize"));
        server.files.put("f.bin", new byte[1000]);
        try (RawPeer client = new RawPeer(V4)) {
            client.send(server.address(), rrq("f.bin", Map.of("blksize", "1428", "tsize", "0")));
            RawPeer.Received oack = client.receive();
            assertEquals(new OptionAck(Map.of("tsize", "1000")), oack.packet());
            client.send(oack.from(), new Ack(0));
            assertEquals(512, assertInstanceOf(Data.class, client.receive().packet()).length());
        }
    }

    /** Reads a 700- or 100-byte f.bin whose request was just sent, checking the transfer's source address. */
    private static void fetch(RawPeer peer, InetAddress expectedSource) throws Exception {
        RawPeer.Received received = peer.receive();
        assertEquals(expectedSource, received.from().getAddress(), "answers from the address asked");
        int block = 1;
        while (true) {
            Data data = assertInstanceOf(Data.class, received.packet());
            assertEquals(block, data.block());
            peer.send(received.from(), new Ack(block));
            if (data.length() < 512) {
                return;
            }
            block++;
            RawPeer.Received next = peer.receive();
            assertEquals(received.from(), next.from());
            received = next;
        }
    }

    private static ReadRequest rrq(String name, Map<String, String> options) {
        return new ReadRequest(name, TransferMode.OCTET, options);
    }

    private static InetAddress addr(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
