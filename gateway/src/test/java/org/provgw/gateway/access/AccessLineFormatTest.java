package org.provgw.gateway.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.provgw.gateway.fakes.LogCapture;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.provider.Protocol;

class AccessLineFormatTest {

    private static final InetSocketAddress CLIENT = new InetSocketAddress("192.0.2.7", 49152);

    private static AccessRecord record(String file, String provider, Outcome outcome, String detail) {
        return new AccessRecord(Protocol.TFTP, CLIENT, file, provider, 4521, 9, 0, 3, outcome, detail);
    }

    @Test
    void formatsOneTransferAsOneLine() {
        assertEquals("tftp 192.0.2.7:49152 \"SEP0011AABBCC01.cnf.xml\" provider=fs bytes=4521 blocks=9"
                        + " retransmits=0 ms=3 result=completed detail=\"blksize=1428\"",
                AccessLineFormat.format(record("SEP0011AABBCC01.cnf.xml", "fs", Outcome.COMPLETED, "blksize=1428")));
    }

    @Test
    void outcomesAreLowercaseWithDashesAndEmptyFieldsStayQuoted() {
        assertEquals("http [2001:db8::7]:6970 \"a b.cnf\" provider=- bytes=0 blocks=0 retransmits=2 ms=15"
                        + " result=not-found detail=\"\"",
                AccessLineFormat.format(new AccessRecord(Protocol.HTTP,
                        new InetSocketAddress("2001:db8:0:0:0:0:0:7", 6970), "a b.cnf", "-", 0, 0, 2, 15,
                        Outcome.NOT_FOUND, "")));
    }

    @Test
    void aHostileFileNameCannotForgeAFieldOrALine() {
        String hostile = "x.cnf\" provider=fs result=completed\n"
                + "tftp 10.0.0.1:1 \"forged\\\u2028\u202E\u0000\tend";

        String line = AccessLineFormat.format(record(hostile, "fs", Outcome.DENIED, "bad \"detail\"\r\n"));

        assertEquals("tftp 192.0.2.7:49152 \"x.cnf\\\" provider=fs result=completed\\ntftp 10.0.0.1:1"
                + " \\\"forged\\\\\\u2028\\u202E\\u0000\\tend\" provider=fs bytes=4521 blocks=9 retransmits=0 ms=3"
                + " result=denied detail=\"bad \\\"detail\\\"\\r\\n\"", line);
        assertTrue(line.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028'));
    }

    @Test
    void anOddProviderNameIsQuotedAndLongNamesAreCut() {
        String line = AccessLineFormat.format(record("y".repeat(5000), "my provider", Outcome.COMPLETED, ""));

        assertTrue(line.contains(" provider=\"my provider\" "), line);
        assertTrue(line.contains("\"" + "y".repeat(LogText.MAX_CHARS) + "...\""), "cut at " + LogText.MAX_CHARS);
        assertFalse(line.contains("y".repeat(LogText.MAX_CHARS + 1)));
    }

    @Test
    void writesExactlyOneInfoLineToTheAccessLogger() {
        try (LogCapture log = LogCapture.of(Log4jAccessLog.LOGGER)) {
            new Log4jAccessLog().record(record("{}.cnf", "fs", Outcome.COMPLETED, "${jndi:x}"));

            assertEquals(List.of("tftp 192.0.2.7:49152 \"{}.cnf\" provider=fs bytes=4521 blocks=9 retransmits=0"
                    + " ms=3 result=completed detail=\"${jndi:x}\""), log.messages(Level.INFO));
            assertEquals(1, log.events().size());
        }
    }
}
