package org.provgw.tftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.provgw.tftp.codec.TftpCodec;
import org.provgw.tftp.packet.Data;
import org.provgw.tftp.packet.ErrorPacket;
import org.provgw.tftp.packet.TftpErrorCode;
import org.provgw.tftp.packet.TftpPacket;
import org.provgw.tftp.packet.TransferMode;

/** One transfer at a time against the scriptable fake server. */
@Timeout(10)
class TftpClientTest {
    private FakeTftpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FakeTftpServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static ClientSettings settings(RequestOptions options, int timeoutMillis, int retries) {
        return new ClientSettings(options, Duration.ofMillis(timeoutMillis), retries);
    }

    /** Downloads, then waits until the fake server has seen the final ACK and ended too. */
    private TftpClient.Download download(String name, ClientSettings settings) throws Exception {
        TftpClient.Download d = TftpClient.download(server.address(), name, settings);
        awaitCondition(() -> server.active.get() == 0);
        return d;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add(i);
        }
        return list;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 511, 512, 513, 5000})
    void plainRequestWithoutOptions(int size) throws Exception {
        byte[] content = random(size, size);
        server.file("SEP001122334455.cnf.xml", content);

        TftpClient.Download d = download("SEP001122334455.cnf.xml", ClientSettings.DEFAULT);

        assertEquals(new TransferOutcome.Ok(), d.result().outcome());
        assertArrayEquals(content, d.content());
        assertEquals(size, d.result().bytes());
        assertEquals(size / 512 + 1, d.result().blocks());
        assertEquals(0, d.result().retransmits());
        assertEquals(-1, d.result().reportedSize());
        assertEquals(1, server.requestsSeen.size());
        assertEquals(Map.of(), server.requestsSeen.get(0).options(), "no options: plain RFC 1350");
        assertEquals(TransferMode.OCTET, server.requestsSeen.get(0).mode());
        assertEquals(range(1, size / 512 + 1), server.acks, "lockstep: one ACK per block");
    }

    @Test
    void optionsAreNegotiatedAndTheWindowAcknowledged() throws Exception {
        byte[] content = random(10 * 1024 + 100, 1);
        server.file("boot.bin", content);
        RequestOptions asked = new RequestOptions(1024, 4, true, 3);

        TftpClient.Download d = download("boot.bin", settings(asked, 2000, 5));

        assertTrue(d.result().ok(), d.result().toString());
        assertArrayEquals(content, d.content());
        assertEquals(content.length, d.result().reportedSize());
        assertEquals(Map.of("blksize", "1024", "windowsize", "4", "tsize", "0", "timeout", "3"),
                server.requestsSeen.get(0).options());
        // ACK 0 for the OACK, one ACK per window of 4, one for the final short block 11
        assertEquals(List.of(0, 4, 8, 11), server.acks);
    }

    @Test
    void serverMayLowerTheAskedValues() throws Exception {
        byte[] content = random(3000, 2);
        server.file("f", content);
        server.oackOverride = Map.of("blksize", "700", "windowsize", "2");

        TftpClient.Download d = download("f", settings(new RequestOptions(1428, 8, false, 0), 2000, 5));

        assertTrue(d.result().ok(), d.result().toString());
        assertArrayEquals(content, d.content());
        assertEquals(5, d.result().blocks());
        assertEquals(List.of(0, 2, 4, 5), server.acks);
    }

    @Test
    void serverThatIgnoresOptionsGetsRfc1350Defaults() throws Exception {
        byte[] content = random(1300, 3);
        server.file("f", content);
        server.ignoreOptions = true;

        TftpClient.Download d = download("f", settings(new RequestOptions(1024, 4, true, 0), 2000, 5));

        assertTrue(d.result().ok(), d.result().toString());
        assertArrayEquals(content, d.content());
        assertEquals(3, d.result().blocks(), "512-byte blocks");
        assertEquals(-1, d.result().reportedSize());
        assertEquals(List.of(1, 2, 3), server.acks, "lockstep");
    }

    @Test
    void oackAboveWhatWasAskedIsRefusedWithError8() throws Exception {
        server.file("f", random(2000, 4));
        server.oackOverride = Map.of("blksize", "2048");

        TftpClient.Download d = download("f", settings(new RequestOptions(1024, 0, false, 0), 2000, 5));

        TransferOutcome.ProtocolViolation v = assertInstanceOf(TransferOutcome.ProtocolViolation.class,
                d.result().outcome());
        assertTrue(v.detail().contains("blksize"), v.detail());
        awaitCondition(() -> !server.errorsFromClient.isEmpty());
        assertEquals(TftpErrorCode.OPTION_REFUSED, server.errorsFromClient.get(0).code());
    }

    @Test
    void oackWithAnOptionNotAskedIsRefused() throws Exception {
        server.file("f", random(2000, 4));
        server.oackOverride = Map.of("tsize", "2000");

        TftpClient.Download d = download("f", settings(new RequestOptions(1024, 0, false, 0), 2000, 5));

        assertInstanceOf(TransferOutcome.ProtocolViolation.class, d.result().outcome());
    }

    @Test
    void droppedBlockInAWindowIsRecoveredWithoutATimeout() throws Exception {
        byte[] content = random(20 * 512 + 7, 5);
        server.file("f", content);
        server.dropDataOnce.add(6L);

        // The fake server waits 3 s for an ACK and the client 2 s: recovery by timeout would
        // show as a retransmit.
        TftpClient.Download d = download("f", settings(new RequestOptions(512, 4, false, 0), 2000, 5));

        assertTrue(d.result().ok(), d.result().toString());
        assertArrayEquals(content, d.content());
        assertEquals(0, d.result().retransmits());
        assertEquals(0, server.serverRetransmits.get());
        assertEquals(List.of(0, 4, 5, 9, 13, 17, 21), server.acks, "one immediate ACK of block 5 for the gap");
    }

    @Test
    void lostAckIsRepairedByReacknowledgingTheRepeatedBlock() throws Exception {
        byte[] content = random(5 * 512 + 1, 6);
        server.file("f", content);
        server.retransmitMillis = 100;
        server.ignoreAckOnce.add(3L);

        TftpClient.Download d = download("f", settings(RequestOptions.NONE, 2000, 5));

        assertTrue(d.result().ok(), d.result().toString());
        assertArrayEquals(content, d.content());
        assertEquals(0, d.result().retransmits(), "the client answered the duplicate, not a timeout");
        assertEquals(List.of(1, 2, 3, 3, 4, 5, 6), server.acks);
    }

    @Test
    void blockNumbersRollOverPast65535() throws Exception {
        byte[] content = random(70_000 * 8 + 3, 7);
        server.file("big", content);

        TftpClient.Download d = download("big", settings(new RequestOptions(8, 64, false, 0), 2000, 5));

        assertTrue(d.result().ok(), d.result().toString());
        assertEquals(70_001, d.result().blocks());
        assertArrayEquals(content, d.content());
        assertTrue(server.acks.contains(65535 & ~63), "window ACKs before the wrap");
        assertEquals(70_001 & 0xFFFF, server.acks.get(server.acks.size() - 1), "final ACK after the wrap");
    }

    @Test
    void ipv6Server() throws Exception {
        FakeTftpServer v6;
        try {
            v6 = new FakeTftpServer("::1");
        } catch (IOException e) {
            Assumptions.abort("no IPv6 loopback here: " + e);
            return;
        }
        try (v6) {
            byte[] content = random(2000, 13);
            v6.file("v6.cfg", content);

            TftpClient.Download d = TftpClient.download(v6.address(), "v6.cfg",
                    settings(new RequestOptions(1024, 2, false, 0), 2000, 5));

            assertTrue(d.result().ok(), d.result().toString());
            assertArrayEquals(content, d.content());
        }
    }

    @Test
    void serverErrorEndsTheTransfer() throws Exception {
        TftpClient.Download d = download("missing.cfg", ClientSettings.DEFAULT);

        assertEquals(new TransferOutcome.ServerError(TftpErrorCode.FILE_NOT_FOUND, "File not found"),
                d.result().outcome());
        assertEquals("error 1 File not found", d.result().outcome().label());
        assertEquals(0, d.content().length);
    }

    @Test
    void strangerPortGetsError5AndIsIgnored() throws Exception {
        byte[] content = random(4 * 512 + 9, 8);
        server.file("f", content);
        server.strangerAfterFirstAck = true;

        TftpClient.Download d = download("f", ClientSettings.DEFAULT);

        assertTrue(d.result().ok(), d.result().toString());
        assertArrayEquals(content, d.content(), "the stranger's DATA 2 was not taken");
        assertEquals(List.of(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID)), server.strangerReplies);
    }

    @Test
    void silentServerTimesOutAfterTheRetries() throws Exception {
        server.silent = true;

        TftpClient.Download d = download("f", settings(RequestOptions.NONE, 50, 3));

        assertEquals(new TransferOutcome.TimedOut(), d.result().outcome());
        assertEquals(3, d.result().retransmits());
        awaitCondition(() -> server.requests.get() == 4);
        assertEquals(4, server.requests.get(), "the RRQ and three retransmissions");
    }

    @Test
    void serverThatStopsMidwayTimesOutAfterReacknowledging() throws Exception {
        server.file("f", random(10 * 512, 9));
        server.goSilentAfterData = 2;

        TftpClient.Download d = TftpClient.download(server.address(), "f", settings(RequestOptions.NONE, 200, 2));

        assertEquals(new TransferOutcome.TimedOut(), d.result().outcome());
        assertEquals(2, d.result().blocks());
        awaitCondition(() -> server.acks.size() >= 4);
        assertEquals(List.of(1, 2, 2, 2), server.acks);
        // on a loaded machine the RRQ itself may have been repeated once before DATA 1 came
        assertEquals(2 + server.requests.get() - 1, d.result().retransmits());
    }

    @Test
    void zeroRetriesGivesUpAtTheFirstTimeout() throws Exception {
        server.silent = true;

        TftpClient.Download d = download("f", settings(RequestOptions.NONE, 20, 0));

        assertEquals(new TransferOutcome.TimedOut(), d.result().outcome());
        assertEquals(0, d.result().retransmits());
    }

    @Test
    void digestSinkReportsAMismatch() throws Exception {
        server.file("f", random(1000, 10));

        TransferResult ok = TftpClient.fetch(server.address(), "f", ClientSettings.DEFAULT,
                new DigestSink(DigestSink.sha256().digest(random(1000, 10))));
        TransferResult bad = TftpClient.fetch(server.address(), "f", ClientSettings.DEFAULT,
                new DigestSink(DigestSink.sha256().digest(random(1000, 11))));

        assertEquals(new TransferOutcome.Ok(), ok.outcome());
        assertEquals(new TransferOutcome.VerifyMismatch(), bad.outcome());
        assertEquals(1000, bad.bytes());
    }

    @Test
    void datagramFromAnotherAddressNeverBecomesTheServer() throws Exception {
        try (DatagramChannel other = DatagramChannel.open()) {
            try {
                other.bind(new InetSocketAddress("127.0.0.2", 0));
            } catch (IOException e) {
                Assumptions.abort("127.0.0.2 is not a local address here");
            }
            other.socket().setSoTimeout(2000);
            server.silent = true;
            List<TftpPacket> replies = new CopyOnWriteArrayList<>();
            Thread impostor = new Thread(() -> {
                try {
                    awaitCondition(() -> server.requests.get() > 0);
                    other.send(TftpCodec.encode(new Data(1, new byte[3])), server.lastClient);
                    byte[] reply = new byte[600];
                    DatagramPacket datagram = new DatagramPacket(reply, reply.length);
                    other.socket().receive(datagram);
                    replies.add(TftpCodec.decode(ByteBuffer.wrap(reply, 0, datagram.getLength())));
                } catch (Exception e) {
                    replies.add(new ErrorPacket(TftpErrorCode.NOT_DEFINED, e.toString()));
                }
            });
            impostor.start();

            TftpClient.Download d = download("f", settings(RequestOptions.NONE, 500, 0));
            impostor.join();

            assertEquals(new TransferOutcome.TimedOut(), d.result().outcome());
            assertEquals(0, d.result().blocks());
            assertEquals(List.of(ErrorPacket.of(TftpErrorCode.UNKNOWN_TID)), replies);
        }
    }

    static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
    }
}
