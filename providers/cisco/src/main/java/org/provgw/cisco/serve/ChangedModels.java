package org.provgw.cisco.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.cisco.model.PhoneModel;

/**
 * The models whose default load changed, found by comparing the defaults before and after a
 * change, so that only the devices of those models are rebuilt.
 *
 * @param all whether every model counts as changed (the defaults seen before are unknown)
 * @param models the models that were added, removed or got another load
 */
record ChangedModels(boolean all, Set<PhoneModel> models) {

    static final ChangedModels NONE = new ChangedModels(false, Set.of());
    static final ChangedModels ALL = new ChangedModels(true, Set.of());

    ChangedModels {
        models = Set.copyOf(models);
    }

    /**
     * @param before the defaults the cache was built with, empty when unknown
     * @param after the defaults now
     * @return the models that differ
     */
    static ChangedModels between(Optional<List<ModelDefault>> before, List<ModelDefault> after) {
        if (before.isEmpty()) {
            return ALL;
        }
        Set<ModelDefault> removed = new HashSet<>(before.get());
        after.forEach(removed::remove);
        Set<ModelDefault> added = new HashSet<>(after);
        before.get().forEach(added::remove);
        Set<PhoneModel> changed = new HashSet<>();
        removed.forEach(m -> changed.add(m.model()));
        added.forEach(m -> changed.add(m.model()));
        return new ChangedModels(false, changed);
    }

    /** @return whether any model changed */
    boolean any() {
        return all || !models.isEmpty();
    }

    /**
     * @param model a device's model
     * @return whether its default changed; a model is matched by name or by type code, since
     *     either may be what changed
     */
    boolean affects(PhoneModel model) {
        return all || models.stream().anyMatch(m -> m.typeCode() == model.typeCode() || m.name().equals(model.name()));
    }
}
