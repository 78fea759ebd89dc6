package org.provgw.cisco.serve;

import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.source.ChangeSet;
import org.provgw.cisco.source.DeviceSource;
import org.provgw.provider.ProviderException;

/**
 * Asks the source what changed and invalidates exactly that: a device's unit, every unit of a
 * changed pool, the units of the models whose default load changed (found by reading the new
 * defaults and comparing), or everything for a cluster change. Changes that could not be applied
 * (the backend failed while the new model defaults were read) are kept and applied with the
 * next ones. Runs on the poller thread (and
 * once on the thread that opens the provider); synchronized, so that two polls never overlap.
 */
final class ChangeApplier {

    private static final Logger LOG = LogManager.getLogger(ChangeApplier.class);

    private final String provider;
    private final DeviceSource source;
    private final Epoch epoch;
    private final BuildCache cache;
    private final RecordCache records;
    private final NegativeCache missing;
    private final OutageGate outage;
    private ChangeSet pending = ChangeSet.NONE;
    private boolean started;

    ChangeApplier(String provider, DeviceSource source, Epoch epoch, BuildCache cache, RecordCache records,
                  NegativeCache missing, OutageGate outage) {
        this.provider = provider;
        this.source = source;
        this.epoch = epoch;
        this.cache = cache;
        this.records = records;
        this.missing = missing;
        this.outage = outage;
    }

    /** Polls once; a backend failure is counted by the outage gate and retried at the next poll. */
    synchronized void poll() {
        try {
            ChangeSet changes = source.changes();
            if (!started) {
                // the starting point: whatever was built before it may predate changes we will not hear of
                started = true;
                changes = ChangeSet.EVERYTHING;
            }
            apply(pending.plus(changes));
            outage.succeeded();
        } catch (ProviderException e) {
            outage.failed(e);
        }
    }

    private void apply(ChangeSet changes) throws ProviderException {
        pending = changes;
        if (changes.isEmpty()) {
            return;
        }
        ChangedModels models = ChangedModels.NONE;
        Optional<List<ModelDefault>> newModels = Optional.empty();
        if (changes.cluster()) {
            models = ChangedModels.ALL;
        } else if (changes.modelDefaults()) {
            newModels = Optional.of(List.copyOf(source.modelDefaults()));
            models = ChangedModels.between(records.currentModels(), newModels.get());
        }
        ChangedModels changedModels = models;
        Optional<List<ModelDefault>> readModels = newModels;
        int[] stale = {0};
        epoch.advance(() -> {
            stale[0] = cache.markStale(entry -> entry.deps().affectedBy(changes, changedModels));
            records.forget(changes, readModels);
            if (changes.cluster()) {
                missing.clear();
            } else {
                missing.forget(changes.devices());
            }
        });
        pending = ChangeSet.NONE;
        LOG.debug("changes({}) devices={} pools={} models={} cluster={} stale={}", provider, changes.devices().size(),
                changes.pools().size(), changes.modelDefaults(), changes.cluster(), stale[0]);
    }
}
