package org.provgw.tftp.client;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A batch of read transfers against one server.
 *
 * @param server the server's request address (its port is usually 69); must be resolved
 * @param names the file names; transfer {@code i} requests {@code names[i % names.size()]}
 * @param count how many transfers to run in total
 * @param concurrency how many transfers are in flight at once (fewer only at the very end)
 * @param threads how many selector threads share the transfers; capped at {@code concurrency}
 * @param settings options, timeout and retries of every transfer
 * @param sinks makes the sink of each transfer from its file name (e.g. a digest check)
 */
public record LoadPlan(InetSocketAddress server, List<String> names, int count, int concurrency, int threads,
        ClientSettings settings, Function<String, BlockSink> sinks) {

    /** @throws IllegalArgumentException on an unresolved server, no names or non-positive sizes */
    public LoadPlan {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sinks, "sinks");
        if (server.isUnresolved()) {
            throw new IllegalArgumentException("server address is not resolved: " + server);
        }
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no file names");
        }
        if (count < 0 || concurrency < 1 || threads < 1) {
            throw new IllegalArgumentException("count must be >= 0, concurrency and threads >= 1");
        }
    }

    /**
     * A plan on one thread that discards the content.
     *
     * @param server the server
     * @param names the names
     * @param count the transfers in total
     * @param concurrency the transfers in flight
     * @param settings the client settings
     * @return the plan
     */
    public static LoadPlan of(InetSocketAddress server, List<String> names, int count, int concurrency,
            ClientSettings settings) {
        return new LoadPlan(server, names, count, concurrency, 1, settings, name -> BlockSink.discard());
    }
}
