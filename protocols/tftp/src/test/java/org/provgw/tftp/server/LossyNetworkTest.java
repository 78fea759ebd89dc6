package org.provgw.tftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.tftp.client.ClientSettings;
import org.provgw.tftp.client.RequestOptions;
import org.provgw.tftp.client.TftpClient;

/**
 * Whole transfers through a relay that loses DATA and ACK packets: lockstep and windows recover
 * by retransmission and the bytes arrive intact.
 */
@Timeout(120)
class LossyNetworkTest {

    @ParameterizedTest(name = "blksize {0}, window {1}, {2} loss")
    @CsvSource({"512, 1, 0.05", "1428, 8, 0.05", "1428, 16, 0.10"})
    void transfersSurviveLoss(int blksize, int windowsize, double loss) throws Exception {
        byte[] content = new byte[300_000];
        new Random(blksize + windowsize).nextBytes(content);
        try (TestServer server = new TestServer(Map.of("timeout", "50ms", "timeout.max", "200ms", "retries", "20"));
             LossyProxy proxy = new LossyProxy(server.address(), loss, 42)) {
            server.files.put("firmware.bin", content);
            ClientSettings settings = new ClientSettings(new RequestOptions(blksize, windowsize, true, 0),
                    Duration.ofMillis(200), 30);

            TftpClient.Download download = TftpClient.download(proxy.address(), "firmware.bin", settings);

            assertTrue(download.result().ok(), download.result().toString());
            assertArrayEquals(content, download.content());
            AccessRecord record = transfer(server);
            int lastBlock = (content.length / blksize + 1) & 0xFFFF;
            // RFC 1350 §6: a lost final ACK leaves the server resending the last block to a client
            // that is gone; it gives up after its retries, though the client has every byte.
            Outcome expected = proxy.droppedAcks.contains(lastBlock) ? Outcome.TIMEOUT : Outcome.COMPLETED;
            assertEquals(expected, record.outcome(), record.toString());
            assertTrue(proxy.dropped.get() > 0, "the relay lost nothing");
            assertTrue(record.retransmits() + download.result().retransmits() > 0, record.toString());
        }
    }

    /**
     * @return the record of the transfer the client took part in; a retransmitted RRQ may have
     *     started a second one, which the client ended with ERROR 5
     */
    private static AccessRecord transfer(TestServer server) throws InterruptedException {
        for (int i = 1; i < 10; i++) {
            for (AccessRecord record : server.awaitAccess(i)) {
                if (record.outcome() != Outcome.CLIENT_ABORTED) {
                    return record;
                }
            }
        }
        throw new AssertionError("no transfer ended other than by the client: " + server.access);
    }
}
