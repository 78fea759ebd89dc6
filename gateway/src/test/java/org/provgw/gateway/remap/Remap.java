package org.provgw.gateway.remap;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.provgw.protocol.Direction;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;

/** Builds rule sets from lines and shows results as text, for the remapping tests. */
final class Remap {

    static final InetSocketAddress V4_CLIENT = client("192.0.2.7");
    static final InetSocketAddress V6_CLIENT = client("2001:db8::7");

    private Remap() {
    }

    static InetSocketAddress client(String address) {
        try {
            return new InetSocketAddress(InetAddress.getByName(address), 49152);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    static RuleSet rules(String... lines) {
        try {
            return MapFileParser.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "test.map");
        } catch (MapFileException e) {
            throw new AssertionError("rules do not load: " + e.getMessage(), e);
        }
    }

    static MapFileException errors(String... lines) {
        try {
            MapFileParser.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "test.map");
        } catch (MapFileException e) {
            return e;
        }
        throw new AssertionError("rules load: " + List.of(lines));
    }

    /** The name served, or "DENIED message". */
    static String apply(RuleSet rules, String name) {
        return apply(rules, name, Direction.READ, V4_CLIENT, Set.of());
    }

    static String apply(RuleSet rules, String name, Direction direction, InetSocketAddress client,
                        Set<String> existing) {
        FileProbe probe = (candidate, d, c, p) -> existing.contains(candidate);
        return text(RuleRunner.run(rules, name, direction, client, Protocol.TFTP, probe, null).rewrite());
    }

    static List<RemapStep> trace(RuleSet rules, String name) {
        List<RemapStep> steps = new ArrayList<>();
        RuleRunner.run(rules, name, Direction.READ, V4_CLIENT, Protocol.TFTP, FileProbe.NONE, steps::add);
        return steps;
    }

    static String text(Rewrite rewrite) {
        if (rewrite instanceof Rewrite.Denied denied) {
            return "DENIED " + denied.message();
        }
        return ((Rewrite.Name) rewrite).name();
    }
}
