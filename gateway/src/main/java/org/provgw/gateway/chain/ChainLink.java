package org.provgw.gateway.chain;

import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.Resolution;
import org.provgw.provider.FileRequest;
import org.provgw.provider.ProvidedFile;
import org.provgw.provider.ProviderException;

/**
 * One provider in the chain: asks it, turns every way it can fail into
 * {@link Resolution.Unavailable}, and logs its failures once where they happen.
 */
final class ChainLink {

    private static final Logger LOG = LogManager.getLogger(ProviderChain.class);
    /** Sent to clients for a plugin bug: the details are in the log, not for the network. */
    static final String INTERNAL_ERROR = "internal provider error";

    private final String name;
    private final NamedProvider provider;
    private final OutageTracker outage = new OutageTracker();
    private final FirstOccurrences defects = new FirstOccurrences();

    ChainLink(NamedProvider provider) {
        this.name = provider.name();
        this.provider = provider;
    }

    /**
     * @param request the request
     * @return the answer if this provider settles it (found, or failed), empty to ask the next
     */
    Optional<Resolution> ask(FileRequest request) {
        try {
            Optional<ProvidedFile> file = provider.provider().find(request);
            if (file == null) {
                throw new NullPointerException("find returned null instead of an Optional");
            }
            long failures = outage.succeeded();
            if (failures > 0) {
                LOG.info("provider {} answers again after {} failed look-ups", name, failures);
            }
            return file.map(f -> new Resolution.Found(f, name));
        } catch (ProviderException e) {
            if (outage.failed()) {
                LOG.warn("provider {} unavailable: {}; further failures are counted until it answers again",
                        name, describe(e));
            }
            LOG.debug("find({}) provider={} unavailable", request.path(), name, e);
            String reason = e.getMessage() == null ? "provider unavailable" : e.getMessage();
            return Optional.of(new Resolution.Unavailable(name, reason));
        } catch (RuntimeException | LinkageError e) {
            if (defects.first(e)) {
                LOG.error("provider {} failed unexpectedly on {}; answering unavailable"
                        + " (logged once per failure type)", name, request.path(), e);
            } else {
                LOG.debug("find({}) provider={} failed again: {}", request.path(), name, e.toString());
            }
            return Optional.of(new Resolution.Unavailable(name, INTERNAL_ERROR));
        }
    }

    private static String describe(ProviderException e) {
        Throwable cause = e.getCause();
        return cause == null ? e.getMessage() : e.getMessage() + " (" + cause + ")";
    }
}
