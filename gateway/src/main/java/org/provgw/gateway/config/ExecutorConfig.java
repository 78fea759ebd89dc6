package org.provgw.gateway.config;

/**
 * The blocking look-up pool: {@code executor.threads} and {@code executor.queue}.
 *
 * @param threads threads that run provider look-ups, {@value ConfigKeys#MIN_THREADS} to
 *     {@value ConfigKeys#MAX_THREADS}
 * @param queue look-ups that may wait for a free thread, {@value ConfigKeys#MIN_QUEUE} to
 *     {@value ConfigKeys#MAX_QUEUE}; beyond that a look-up is refused and the client told "busy"
 */
public record ExecutorConfig(int threads, int queue) {

    /** The defaults: 16 threads, 10000 waiting look-ups. */
    public static final ExecutorConfig DEFAULT =
            new ExecutorConfig(ConfigKeys.DEFAULT_THREADS, ConfigKeys.DEFAULT_QUEUE);

    /** @throws IllegalArgumentException if a value is out of range */
    public ExecutorConfig {
        if (threads < ConfigKeys.MIN_THREADS || threads > ConfigKeys.MAX_THREADS) {
            throw new IllegalArgumentException("threads out of range: " + threads);
        }
        if (queue < ConfigKeys.MIN_QUEUE || queue > ConfigKeys.MAX_QUEUE) {
            throw new IllegalArgumentException("queue out of range: " + queue);
        }
    }
}
