package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;

/** tftp.port-range: every answer from a port of the range, and a full range answers busy or drops, counted. */
@Timeout(30)
class PortRangeTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void transfersAndRefusalsAnswerFromPortsOfTheRangeAndReuseThem() throws Exception {
        int base = FreePorts.block(LOOPBACK, 3);
        server = new TestServer(Map.of("port-range", base + ":" + (base + 2)));
        server.files.put("f.bin", new byte[600]);
        Set<Integer> ports = new HashSet<>();
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            for (int i = 0; i < 8; i++) {
                client.send(server.address(), rrq("f.bin"));
                RawPeer.Received first = client.receive();
                assertEquals(1, assertInstanceOf(Data.class, first.packet()).block());
                ports.add(first.from().getPort());
                client.send(first.from(), new Ack(1));
                assertEquals(2, ((Data) client.receive().packet()).block());
                client.send(first.from(), new Ack(2));
                server.awaitAccess(2 * i + 1);

                client.send(server.address(), rrq("missing.bin"));
                RawPeer.Received refusal = client.receive();
                assertEquals(TftpErrorCode.FILE_NOT_FOUND, assertInstanceOf(ErrorPacket.class, refusal.packet()).code());
                ports.add(refusal.from().getPort());
                server.awaitAccess(2 * i + 2);
            }
        }
        assertTrue(ports.stream().allMatch(p -> p >= base && p <= base + 2), ports + " outside " + base + "+2");
        List<AccessRecord> records = server.awaitAccess(16);
        assertEquals(8, records.stream().filter(r -> r.outcome() == Outcome.COMPLETED).count(), records.toString());
        assertEquals(0, server.counters().rangeFull());
    }

    @Test
    void aFullRangeAnswersBusyFromASocketOfTheRangeAndRecovers() throws Exception {
        int base = FreePorts.block(LOOPBACK, 2);
        server = new TestServer(Map.of("port-range", base + ":" + (base + 1), "timeout", "5s"));
        server.files.put("f.bin", new byte[2000]);
        try (RawPeer one = new RawPeer(LOOPBACK); RawPeer two = new RawPeer(LOOPBACK);
             RawPeer three = new RawPeer(LOOPBACK)) {
            one.send(server.address(), rrq("f.bin"));
            RawPeer.Received oneFirst = one.receive();
            two.send(server.address(), rrq("f.bin"));
            RawPeer.Received twoFirst = two.receive();

            three.send(server.address(), rrq("f.bin"));
            RawPeer.Received busy = three.receive();
            ErrorPacket error = assertInstanceOf(ErrorPacket.class, busy.packet());
            assertEquals(TftpErrorCode.NOT_DEFINED, error.code());
            assertEquals("server busy, try again", error.message());
            assertTrue(busy.from().getPort() == base || busy.from().getPort() == base + 1, busy.from().toString());
            assertEquals(1, server.counters().rangeFull());
            assertEquals(0, server.counters().refusalsDropped());

            finish(one, oneFirst, 4);
            // the port is free once the transfer has ended, which it logs after leaving its socket;
            // asked before the server has read the last ACK, the range is still full
            server.awaitAccess(2);
            three.send(server.address(), rrq("f.bin"));
            RawPeer.Received served = three.receive();
            assertEquals(oneFirst.from(), served.from(), "the freed port serves the next client");
            finish(three, served, 4);
            finish(two, twoFirst, 4);
        }
        List<AccessRecord> records = server.awaitAccess(4);
        assertEquals(List.of(Outcome.COMPLETED, Outcome.COMPLETED, Outcome.COMPLETED, Outcome.BUSY),
                records.stream().map(AccessRecord::outcome).sorted().toList());
    }

    @Test
    void withNoPortLeftToAnswerFromTheRequestIsDroppedAndCounted() throws Exception {
        int base = FreePorts.block(LOOPBACK, 2);
        server = new TestServer(Map.of("port-range", base + ":" + (base + 1)));
        server.files.put("f.bin", new byte[100]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            List<DatagramSocket> held = FreePorts.hold(LOOPBACK, base, 2);
            try {
                client.send(server.address(), rrq("f.bin"));
                assertTrue(client.silentFor(500), "nothing can answer");
                client.send(server.address(), rrq("missing.bin"));
                assertTrue(client.silentFor(500), "not even a refusal");
            } finally {
                held.forEach(DatagramSocket::close);
            }
            assertEquals(1, server.counters().rangeFull());
            assertEquals(2, server.counters().refusalsDropped());

            client.send(server.address(), rrq("f.bin"));
            RawPeer.Received data = client.receive();
            assertEquals(100, assertInstanceOf(Data.class, data.packet()).length(), "nothing stuck");
            client.send(data.from(), new Ack(1));
        }
        assertEquals(Outcome.COMPLETED, server.awaitAccess(3).stream()
                .filter(r -> r.outcome() == Outcome.COMPLETED).findFirst().orElseThrow().outcome());
    }

    /** Acknowledges every block of a 2000-byte transfer (4 blocks). */
    private static void finish(RawPeer peer, RawPeer.Received first, int blocks) throws Exception {
        RawPeer.Received received = first;
        for (int block = 1; block <= blocks; block++) {
            assertEquals(block, ((Data) received.packet()).block());
            peer.send(first.from(), new Ack(block));
            if (block < blocks) {
                received = peer.receive();
            }
        }
    }

    private static ReadRequest rrq(String name) {
        return new ReadRequest(name, TransferMode.OCTET, Map.of());
    }
}
