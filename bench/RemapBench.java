import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.provgw.gateway.remap.Remapping;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Resolution;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.IllegalPathException;
import org.provgw.provider.Protocol;
import org.provgw.provider.RequestPath;

/**
 * The map-file engine alone, in one JVM: nanoseconds per name for the path check every request
 * pays anyway (RequestPath.normalize, the reference) and for rewriting with the map file and then
 * checking. Run by bench/remap.sh: java -cp "DIST/lib/*" bench/RemapBench.java MAP NAMES ROUNDS
 */
public class RemapBench {

    private static volatile int sink;

    public static void main(String[] args) throws Exception {
        Path map = Path.of(args[0]);
        List<String> names = Files.readAllLines(Path.of(args[1]));
        int rounds = Integer.parseInt(args[2]);
        InetSocketAddress client = new InetSocketAddress("192.0.2.7", 49152);
        try (Remapping remapping = Remapping.start(map, request -> new Resolution.NotFound(), map.toString())) {
            NameRewriter rewriter = remapping.rewriter();
            double[] reference = new double[rounds];
            double[] remapped = new double[rounds];
            for (int warm = 0; warm < 5; warm++) { // let the JIT compile both paths first
                checkOnly(names);
                rewriteAndCheck(names, rewriter, client);
            }
            for (int round = 0; round < rounds; round++) {
                reference[round] = checkOnly(names);
                remapped[round] = rewriteAndCheck(names, rewriter, client);
            }
            double ref = median(reference);
            double remap = median(remapped);
            System.out.printf(Locale.ROOT, "RESULT names=%d rounds=%d check_ns=%.0f remap_check_ns=%.0f ratio=%.2f%n",
                    names.size(), rounds, ref, remap, remap / ref);
        }
    }

    /** Passes over the names per timed round, so that a round lasts long enough to time. */
    private static final int PASSES = 20;

    private static double checkOnly(List<String> names) {
        long start = System.nanoTime();
        int acc = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (String name : names) {
                acc += check(name);
            }
        }
        sink = acc;
        return (System.nanoTime() - start) / (double) (PASSES * names.size());
    }

    private static double rewriteAndCheck(List<String> names, NameRewriter rewriter, InetSocketAddress client) {
        long start = System.nanoTime();
        int acc = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (String name : names) {
                Rewrite rewrite = rewriter.rewrite(name, Direction.READ, client, Protocol.TFTP);
                acc += rewrite instanceof Rewrite.Name n ? check(n.name()) : 1;
            }
        }
        sink = acc;
        return (System.nanoTime() - start) / (double) (PASSES * names.size());
    }

    private static int check(String name) {
        try {
            return RequestPath.normalize(name).length();
        } catch (IllegalPathException e) {
            return 1;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
