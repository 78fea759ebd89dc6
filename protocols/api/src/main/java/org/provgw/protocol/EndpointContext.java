package org.provgw.protocol;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.provgw.provider.Settings;

/**
 * What a {@link ProtocolFactory} is given to build its endpoint.
 *
 * @param settings the protocol's keys ({@code tftp.*} for the protocol named {@code tftp}),
 *     relative to that prefix
 * @param resolver the provider chain
 * @param blockingExecutor where to run {@link FileResolver#resolve} and other calls that may
 *     block; bounded, owned by the gateway
 * @param accessLog where to report each finished transfer
 * @param rewriter the name-rewriting rules to apply to every requested name before it is
 *     normalized; {@link NameRewriter#IDENTITY} when none are configured
 */
public record EndpointContext(Settings settings, FileResolver resolver, Executor blockingExecutor,
                              AccessLog accessLog, NameRewriter rewriter) {

    /** @throws NullPointerException if an argument is {@code null} */
    public EndpointContext {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(blockingExecutor, "blockingExecutor");
        Objects.requireNonNull(accessLog, "accessLog");
        Objects.requireNonNull(rewriter, "rewriter");
    }

    /**
     * A context without name rewriting.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public EndpointContext(Settings settings, FileResolver resolver, Executor blockingExecutor,
                           AccessLog accessLog) {
        this(settings, resolver, blockingExecutor, accessLog, NameRewriter.IDENTITY);
    }
}
