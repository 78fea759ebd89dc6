package org.provgw.cisco.model;

import java.util.Objects;

/**
 * A phone model as CallManager names it.
 *
 * @param name the model name written in {@code model="…"} attributes, e.g. {@code Cisco 7942}
 * @param typeCode CallManager's numeric device type, e.g. 434; the {@code N} of
 *     {@code loadInformationN} in {@code XMLDefault.cnf.xml}
 */
public record PhoneModel(String name, int typeCode) {

    /** @throws IllegalArgumentException if the name is blank or the code is not positive */
    public PhoneModel {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("model name is blank");
        }
        if (typeCode <= 0) {
            throw new IllegalArgumentException("device type code must be positive: " + typeCode);
        }
    }
}
