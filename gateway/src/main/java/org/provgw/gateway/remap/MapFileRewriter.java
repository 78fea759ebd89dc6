package org.provgw.gateway.remap;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Direction;
import org.provgw.protocol.NameRewriter;
import org.provgw.protocol.Rewrite;
import org.provgw.provider.Protocol;

/**
 * The {@link NameRewriter} the gateway hands to every endpoint when {@code map-file} is set: the
 * current rules, swapped whole when the file is reloaded. A request uses the rules it started
 * with, so a reload never disturbs it.
 *
 * <p>When the rules cannot finish with a name (too many steps, a missing label, too much work)
 * the request is refused with "Remap table failure", as tftpd-hpa does, rather than served under
 * a name the rules never produced: a refusal rule further down must not be bypassed. Such
 * failures are logged at most once a minute, with a count, since a client can cause them.
 */
public final class MapFileRewriter implements NameRewriter {

    private static final Logger LOG = LogManager.getLogger(MapFileRewriter.class);
    private static final long FAILURE_LOG_INTERVAL_NANOS = 60_000_000_000L;

    private final FileProbe probe;
    private volatile RuleSet rules;
    private final AtomicLong lastFailureLog = new AtomicLong(System.nanoTime() - FAILURE_LOG_INTERVAL_NANOS);
    private final AtomicLong unloggedFailures = new AtomicLong();

    /**
     * @param rules the rules to start with
     * @param probe answers {@code E} rules
     */
    MapFileRewriter(RuleSet rules, FileProbe probe) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /** @param replacement the rules every later request uses */
    void replace(RuleSet replacement) {
        rules = Objects.requireNonNull(replacement, "replacement");
    }

    /** @return the rules in force */
    RuleSet rules() {
        return rules;
    }

    @Override
    public Rewrite rewrite(String name, Direction direction, InetSocketAddress client, Protocol protocol) {
        RuleSet current = rules;
        RemapOutcome outcome;
        try {
            outcome = RuleRunner.run(current, name, direction, client, protocol, probe, null);
        } catch (RuntimeException e) {
            LOG.error("map file {}: remapping '{}' for {} failed", current.source(), name, client, e);
            return new Rewrite.Denied(RuleRunner.FAILURE_MESSAGE);
        }
        if (outcome.failure() != null) {
            logFailure(current, name, client, outcome.failure());
        }
        return outcome.rewrite();
    }

    private void logFailure(RuleSet current, String name, InetSocketAddress client, String reason) {
        long now = System.nanoTime();
        long last = lastFailureLog.get();
        if (now - last < FAILURE_LOG_INTERVAL_NANOS || !lastFailureLog.compareAndSet(last, now)) {
            unloggedFailures.incrementAndGet();
            return;
        }
        long more = unloggedFailures.getAndSet(0);
        LOG.warn("map file {}: cannot remap '{}' for {}: {}; refused with \"{}\"{}", current.source(), name,
                client, reason, RuleRunner.FAILURE_MESSAGE,
                more == 0 ? "" : " (" + more + " more such failures in the last minute)");
    }
}
