package org.provgw.cisco.build;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.ModelDefault;

/** Looks up the default load of a model by its device type code. */
final class ModelLoads {

    private ModelLoads() {
    }

    /**
     * @param device a device
     * @param models the per-model defaults
     * @return the device's load override, else the default of its model (the first entry with
     *     its type code), else empty
     */
    static String loadOf(Device device, List<ModelDefault> models) {
        String modelDefault = models.stream()
                .filter(m -> m.model().typeCode() == device.model().typeCode())
                .map(ModelDefault::load)
                .findFirst()
                .orElse("");
        return device.effectiveLoad(modelDefault);
    }

    /**
     * @param models the per-model defaults, in any order
     * @return one entry per type code, by type code; exact repeats are merged
     * @throws IllegalArgumentException if one type code has two different names or loads
     */
    static List<ModelDefault> byTypeCode(List<ModelDefault> models) {
        Map<Integer, ModelDefault> byCode = new TreeMap<>();
        for (ModelDefault model : models) {
            ModelDefault previous = byCode.putIfAbsent(model.model().typeCode(), model);
            if (previous != null && !previous.equals(model)) {
                throw new IllegalArgumentException("two defaults for device type " + model.model().typeCode()
                        + ": " + previous + " and " + model);
            }
        }
        return List.copyOf(byCode.values());
    }
}
