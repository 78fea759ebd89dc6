package org.provgw.cisco.model;

import java.util.Objects;

/**
 * The firmware a model runs unless a device overrides it (CallManager's Device Defaults).
 *
 * @param model the model
 * @param load the load id without {@code .loads}, e.g. {@code SCCP42.9-4-2SR3-1S}; empty when no
 *     load is forced
 */
public record ModelDefault(PhoneModel model, String load) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ModelDefault {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(load, "load");
    }
}
