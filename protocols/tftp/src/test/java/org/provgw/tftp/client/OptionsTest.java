package org.provgw.tftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request options, their OACK check, and the settings' bounds; no sockets. */
class OptionsTest {
    private static final RequestOptions ASKED = new RequestOptions(1428, 16, true, 2);

    @Test
    void noOptionsMeansAPlainRequest() {
        assertFalse(RequestOptions.NONE.any());
        assertEquals(Map.of(), RequestOptions.NONE.toMap());
    }

    @Test
    void onlyAskedOptionsGoOnTheWireInAFixedOrder() {
        assertEquals(List.of("blksize", "windowsize", "tsize", "timeout"), List.copyOf(ASKED.toMap().keySet()));
        assertEquals(Map.of("blksize", "1428", "windowsize", "16", "tsize", "0", "timeout", "2"), ASKED.toMap());
        assertEquals(Map.of("tsize", "0"), new RequestOptions(0, 0, true, 0).toMap());
        assertTrue(new RequestOptions(0, 0, true, 0).any());
    }

    @Test
    void requestOptionsHaveRfcBounds() {
        assertThrows(IllegalArgumentException.class, () -> new RequestOptions(7, 0, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new RequestOptions(65465, 0, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new RequestOptions(0, 65536, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new RequestOptions(0, -1, false, 0));
        assertThrows(IllegalArgumentException.class, () -> new RequestOptions(0, 0, false, 256));
    }

    @Test
    void settingsBounds() {
        assertThrows(IllegalArgumentException.class,
                () -> new ClientSettings(RequestOptions.NONE, Duration.ofNanos(999_999), 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientSettings(RequestOptions.NONE, Duration.ofSeconds(1), -1));
        assertEquals(ASKED, ClientSettings.DEFAULT.withOptions(ASKED).options());
    }

    @Test
    void oackWithLowerOrEqualValuesIsAccepted() throws Exception {
        assertEquals(new NegotiatedOptions(1024, 4, 12345),
                NegotiatedOptions.accept(ASKED, Map.of("blksize", "1024", "windowsize", "4", "tsize", "12345")));
        assertEquals(new NegotiatedOptions(1428, 16, -1),
                NegotiatedOptions.accept(ASKED, Map.of("blksize", "1428", "windowsize", "16", "timeout", "2")));
    }

    @Test
    void optionsMissingFromTheOackFallBackToRfc1350() throws Exception {
        assertEquals(new NegotiatedOptions(512, 1, 99), NegotiatedOptions.accept(ASKED, Map.of("tsize", "99")));
        assertEquals(NegotiatedOptions.PLAIN, NegotiatedOptions.accept(ASKED, Map.of()));
    }

    @Test
    void oackOutsideWhatWasAskedIsRefused() {
        for (Map<String, String> oack : List.of(Map.of("blksize", "1429"), Map.of("blksize", "7"),
                Map.of("windowsize", "17"), Map.of("windowsize", "0"), Map.of("timeout", "3"),
                Map.of("tsize", "-1"), Map.of("blksize", "big"), Map.of("blksize", ""),
                Map.of("utimeout", "1000"), Map.of("rollover", "0"))) {
            assertThrows(NegotiatedOptions.Refused.class, () -> NegotiatedOptions.accept(ASKED, oack),
                    oack::toString);
        }
    }

    @Test
    void oackAnsweringAnOptionNotAskedIsRefused() {
        RequestOptions onlyBlksize = new RequestOptions(1024, 0, false, 0);
        for (Map<String, String> oack : List.of(Map.of("tsize", "5"), Map.of("windowsize", "1"),
                Map.of("timeout", "1"))) {
            assertThrows(NegotiatedOptions.Refused.class, () -> NegotiatedOptions.accept(onlyBlksize, oack),
                    oack::toString);
        }
    }

    @Test
    void outcomeLabelsGroupFailures() {
        assertEquals("ok", new TransferOutcome.Ok().label());
        assertEquals("timeout", new TransferOutcome.TimedOut().label());
        assertEquals("verify-mismatch", new TransferOutcome.VerifyMismatch().label());
        assertEquals("error 2 Access violation", new TransferOutcome.ServerError(
                org.provgw.tftp.packet.TftpErrorCode.ACCESS_VIOLATION, "Access violation").label());
    }
}
