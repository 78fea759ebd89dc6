package org.provgw.cisco.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings shared by a group of devices (usually one site).
 *
 * @param name the pool's name, what devices refer to
 * @param dateTime the date/time setting
 * @param callManagers the CallManager group, in priority order
 * @param srst the fallback gateway, if any
 */
public record DevicePool(String name, DateTimeSetting dateTime, CallManagerGroup callManagers,
                         Optional<Srst> srst) {

    /** @throws NullPointerException if an argument is {@code null} */
    public DevicePool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(callManagers, "callManagers");
        Objects.requireNonNull(srst, "srst");
    }
}
