package org.provgw.tftp.client.storm;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.provgw.protocol.CommandPlugin;
import org.provgw.tftp.client.BlockSink;
import org.provgw.tftp.client.ClientSettings;
import org.provgw.tftp.client.LoadGenerator;
import org.provgw.tftp.client.LoadPlan;
import org.provgw.tftp.client.RequestOptions;
import org.provgw.protocol.SocketAddresses;
import picocli.CommandLine;

/**
 * {@code provgw storm}: a boot storm of simulated phones against one TFTP server, to measure it.
 * See {@link StormArgs} for the options and {@link StormReport} for the output.
 */
public final class StormCommand implements CommandPlugin {

    @Override
    public String name() {
        return "storm";
    }

    @Override
    public String summary() {
        return "load-test a TFTP server with many concurrent read transfers";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        StormArgs parsed = new StormArgs();
        CommandLine cli = new CommandLine(parsed);
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            err.println("storm: " + e.getMessage());
            err.println("Try 'provgw storm --help'.");
            return 2;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(new PrintWriter(out, true));
            return 0;
        }
        try {
            return storm(parsed, out);
        } catch (UsageException e) {
            err.println("storm: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("storm: client failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("storm: interrupted");
            return 1;
        }
    }

    private static int storm(StormArgs a, PrintStream out) throws UsageException, IOException, InterruptedException {
        List<String> names = NameList.of(a.files, a.listFile);
        int count = a.count == null ? names.size() : a.count;
        if (count < 0 || a.warmup < 0 || a.concurrency < 1 || a.threads < 1 || a.retries < 0) {
            throw new UsageException("--count and --warmup must be >= 0, --concurrency and --threads >= 1, "
                    + "--retries >= 0");
        }
        ClientSettings settings;
        try {
            settings = new ClientSettings(new RequestOptions(a.blksize, a.windowsize, a.tsize, a.timeoutOption),
                    a.timeout, a.retries);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Function<String, BlockSink> sinks = a.verifyDir == null
                ? name -> BlockSink.discard()
                : ExpectedDigests.load(a.verifyDir, names).sinks();

        out.printf(Locale.ROOT, "storm: %d transfers of %d names from %s, %d in flight, %d thread(s), options %s, "
                        + "timeout %d ms x%d retries%s%n", count, names.size(), SocketAddresses.format(a.server), a.concurrency,
                Math.min(a.threads, a.concurrency), settings.options().any() ? settings.options().toMap() : "none",
                settings.retransmitTimeout().toMillis(), settings.retries(),
                a.verifyDir == null ? "" : ", verifying against " + a.verifyDir);
        if (a.warmup > 0) {
            StormStats warm = new StormStats();
            LoadGenerator.run(plan(a, names, a.warmup, settings, sinks), warm::record);
            out.printf(Locale.ROOT, "warm-up       %d transfers, %d failed (not counted)%n", warm.transfers(),
                    warm.failures());
        }
        StormStats stats = new StormStats();
        long start = System.nanoTime();
        LoadGenerator.run(plan(a, names, count, settings, sinks), stats::record);
        new StormReport(stats, System.nanoTime() - start).print(out);
        return stats.failures() == 0 ? 0 : 1;
    }

    private static LoadPlan plan(StormArgs a, List<String> names, int count, ClientSettings settings,
            Function<String, BlockSink> sinks) {
        return new LoadPlan(a.server, names, count, a.concurrency, a.threads, settings, sinks);
    }
}
