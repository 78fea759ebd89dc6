package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.client.ClientSettings;
import org.provgw.tftp.client.DigestSink;
import org.provgw.tftp.client.LoadGenerator;
import org.provgw.tftp.client.LoadPlan;
import org.provgw.tftp.client.RequestOptions;
import org.provgw.tftp.client.TransferResult;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.packet.Ack;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.OptionAck;
import org.provgw.tftp.packet.ReadRequest;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TransferMode;
import org.provgw.tftp.packet.WriteRequest;

/** tftp.single-port: every packet through the listening socket, demultiplexed by client address and port. */
@Timeout(60)
class SinglePortTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void transfersAndRefusalsAllUseTheListeningPort() throws Exception {
        server = new TestServer(Map.of("single-port", "true"));
        server.files.put("f.bin", new byte[1500]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", Map.of("blksize", "1024")));
            RawPeer.Received oack = client.receive();
            assertEquals(server.address(), oack.from());
            assertEquals(new OptionAck(Map.of("blksize", "1024")), oack.packet());
            client.send(server.address(), new Ack(0));
            RawPeer.Received first = client.receive();
            assertEquals(server.address(), first.from());
            assertEquals(1024, ((Data) first.packet()).length());
            client.send(server.address(), new Ack(1));
            assertEquals(476, ((Data) client.receive().packet()).length());
            client.send(server.address(), new Ack(2));

            assertRefused(client, rrq("missing.bin", Map.of()), TftpErrorCode.FILE_NOT_FOUND);
            assertRefused(client, new WriteRequest("up.bin", TransferMode.OCTET, Map.of()),
                    TftpErrorCode.ACCESS_VIOLATION);
        }
        assertEquals(List.of(Outcome.COMPLETED, Outcome.NOT_FOUND, Outcome.DENIED),
                server.awaitAccess(3).stream().map(AccessRecord::outcome).sorted().toList());
    }

    @Test
    void twoHundredConcurrentClientsGetTheirFilesByteForByte() throws Exception {
        server = new TestServer(Map.of("single-port", "true", "io-threads", "2"));
        Map<String, byte[]> digests = new HashMap<>();
        List<String> names = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] content = new byte[random.nextInt(20_000)];
            random.nextBytes(content);
            String name = "SEP0011AABBCC" + String.format("%02d", i) + ".cnf.xml";
            server.files.put(name, content);
            digests.put(name, DigestSink.sha256().digest(content));
            names.add(name);
        }
        List<TransferResult> results = new CopyOnWriteArrayList<>();
        ClientSettings settings = new ClientSettings(new RequestOptions(1428, 0, true, 0),
                java.time.Duration.ofSeconds(1), 5);

        LoadGenerator.run(new LoadPlan(server.address(), names, 400, 200, 2, settings,
                name -> new DigestSink(digests.get(name))), results::add);

        assertEquals(400, results.size());
        List<TransferResult> failed = results.stream().filter(r -> !r.ok()).toList();
        assertEquals(List.of(), failed, "every transfer completes with the right bytes");
        List<AccessRecord> records = server.awaitAccess(400);
        assertEquals(400, records.stream().filter(r -> r.outcome() == Outcome.COMPLETED).count());
    }

    @Test
    void aNewRequestFromAClientWithARunningTransferEndsItSilentlyAndIsServed() throws Exception {
        server = new TestServer(Map.of("single-port", "true", "timeout", "3s"));
        server.files.put("big.bin", new byte[100_000]);
        byte[] small = {1, 2, 3, 4, 5};
        server.files.put("small.bin", small);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("big.bin", Map.of()));
            assertEquals(1, ((Data) client.receive().packet()).block());
            client.send(server.address(), rrq("small.bin", Map.of()));
            RawPeer.Received reply = client.receive();
            Data data = assertInstanceOf(Data.class, reply.packet(), "no ERROR for the abandoned transfer");
            assertArrayEquals(small, data.payload());
            client.send(server.address(), new Ack(1));
            assertTrue(client.silentFor(300));
        }
        List<AccessRecord> records = server.awaitAccess(2);
        AccessRecord abandoned = records.stream().filter(r -> r.file().equals("big.bin")).findFirst().orElseThrow();
        assertEquals(Outcome.CLIENT_ABORTED, abandoned.outcome());
        assertTrue(abandoned.detail().contains("superseded"), abandoned.detail());
        assertEquals(Outcome.COMPLETED,
                records.stream().filter(r -> r.file().equals("small.bin")).findFirst().orElseThrow().outcome());
    }

    @Test
    void packetsFromSendersWithoutATransferAreDroppedAndTheTransferGoesOn() throws Exception {
        server = new TestServer(Map.of("single-port", "true"));
        server.files.put("f.bin", new byte[1000]);
        try (RawPeer client = new RawPeer(LOOPBACK); RawPeer stranger = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", Map.of()));
            assertEquals(1, ((Data) client.receive().packet()).block());

            stranger.send(server.address(), new Ack(1));
            stranger.send(server.address(), new Data(1, new byte[10]));
            stranger.send(server.address(), new ErrorPacket(TftpErrorCode.NOT_DEFINED, "who?"));
            assertTrue(stranger.silentFor(300), "no ERROR 5 from the port the stranger's next request would use");

            client.send(server.address(), new Ack(1));
            assertEquals(488, ((Data) client.receive().packet()).length(), "the transfer goes on");
            client.send(server.address(), new Ack(2));
        }
        assertEquals(3, server.counters().stray());
        assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
    }

    @Test
    void clientErrorsTimeoutsAndShutdownEndTransfersOnTheSharedPort() throws Exception {
        server = new TestServer(Map.of("single-port", "true", "timeout", "50ms", "timeout.max", "100ms",
                "retries", "1"));
        server.files.put("f.bin", new byte[100_000]);
        try (RawPeer quitter = new RawPeer(LOOPBACK); RawPeer silent = new RawPeer(LOOPBACK);
             RawPeer last = new RawPeer(LOOPBACK)) {
            quitter.send(server.address(), rrq("f.bin", Map.of()));
            quitter.receive();
            quitter.send(server.address(), new ErrorPacket(TftpErrorCode.NOT_DEFINED, "changed my mind"));

            silent.send(server.address(), rrq("f.bin", Map.of()));
            assertEquals(1, ((Data) silent.receive().packet()).block());
            assertEquals(1, ((Data) silent.receive().packet()).block(), "retransmitted once");
            assertEquals(TftpErrorCode.NOT_DEFINED, ((ErrorPacket) silent.receive().packet()).code());
            server.awaitAccess(2);

            last.send(server.address(), rrq("f.bin", Map.of()));
            RawPeer.Received first = last.receive();
            server.close();
            RawPeer.Received goodbye = last.receive();
            while (goodbye.packet() instanceof Data) {
                goodbye = last.receive(); // a retransmission that raced the shutdown
            }
            assertEquals(first.from(), goodbye.from());
            assertEquals("server shutting down", ((ErrorPacket) goodbye.packet()).message());
        }
        assertEquals(List.of(Outcome.TIMEOUT, Outcome.CLIENT_ABORTED, Outcome.SHUTDOWN),
                server.awaitAccess(3).stream().map(AccessRecord::outcome).sorted().toList());
    }

    @Test
    void servesIpv6ClientsOnASinglePort() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        server = new TestServer(Map.of("single-port", "true", "listen", "127.0.0.1:0, [::1]:0"));
        server.files.put("f.bin", new byte[10]);
        InetSocketAddress six = server.addresses().get(1);
        try (RawPeer client = new RawPeer(v6)) {
            client.send(six, rrq("f.bin", Map.of()));
            RawPeer.Received data = client.receive();
            assertEquals(six, data.from());
            client.send(six, new Ack(1));
        }
        assertEquals(Outcome.COMPLETED, server.awaitAccess(1).get(0).outcome());
    }

    @Test
    void theAllowlistAppliesToSinglePortListeners() throws Exception {
        server = new TestServer(Map.of("single-port", "true", "allow", "192.0.2.0/24"));
        server.files.put("f.bin", new byte[10]);
        try (RawPeer client = new RawPeer(LOOPBACK)) {
            client.send(server.address(), rrq("f.bin", Map.of()));
            assertTrue(client.silentFor(300));
        }
        assertEquals(1, server.counters().notAllowed());
    }

    private void assertRefused(RawPeer client, org.provgw.tftp.packet.TftpPacket request, TftpErrorCode code)
            throws Exception {
        client.send(server.address(), TftpCodec.toBytes(request));
        RawPeer.Received reply = client.receive();
        assertEquals(server.address(), reply.from(), "refusals come from the listening port too");
        assertEquals(code, assertInstanceOf(ErrorPacket.class, reply.packet()).code());
    }

    private static ReadRequest rrq(String name, Map<String, String> options) {
        return new ReadRequest(name, TransferMode.OCTET, options);
    }
}
