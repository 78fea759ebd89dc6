package org.provgw.gateway.remap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.provgw.gateway.fakes.LogCapture;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;

class MapFileRewriterTest {

    @Test
    void appliesTheRulesInForceAndSwapsThemWhole() {
        MapFileRewriter rewriter = new MapFileRewriter(Remap.rules("r ^ one/"), FileProbe.NONE);
        assertEquals(new Rewrite.Name("one/a"), rewriter.rewrite("a", Direction.READ, Remap.V4_CLIENT, Protocol.HTTP));

        rewriter.replace(Remap.rules("r ^ two/", "a ^two/secret"));
        assertEquals(new Rewrite.Name("two/a"), rewriter.rewrite("a", Direction.READ, Remap.V4_CLIENT, Protocol.TFTP));
        assertEquals(new Rewrite.Denied("Access denied"),
                rewriter.rewrite("secret", Direction.WRITE, Remap.V6_CLIENT, Protocol.TFTP));
    }

    @Test
    void refusesANameTheRulesCannotFinishAndLogsThatAtMostOnceAMinute() {
        MapFileRewriter rewriter = new MapFileRewriter(Remap.rules("s ^"), FileProbe.NONE);
        try (LogCapture log = LogCapture.of(MapFileRewriter.class.getName())) {
            for (int i = 0; i < 3; i++) {
                assertEquals(new Rewrite.Denied("Remap table failure"),
                        rewriter.rewrite("loop" + i, Direction.READ, Remap.V4_CLIENT, Protocol.TFTP));
            }
            List<String> warnings = log.messages(Level.WARN);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("cannot remap 'loop0' for /192.0.2.7:49152: more than 4096 steps"),
                    warnings.get(0));
        }
    }

    @Test
    void asksTheProbeForERules() {
        MapFileRewriter rewriter = new MapFileRewriter(Remap.rules("rE ^ firmware/", "r ^ other/"),
                (name, direction, client, protocol) -> name.equals("firmware/a.sbn") && protocol == Protocol.HTTP);

        assertEquals(new Rewrite.Name("firmware/a.sbn"),
                rewriter.rewrite("a.sbn", Direction.READ, Remap.V4_CLIENT, Protocol.HTTP));
        assertEquals(new Rewrite.Name("other/a.sbn"),
                rewriter.rewrite("a.sbn", Direction.READ, Remap.V4_CLIENT, Protocol.TFTP));
    }
}
