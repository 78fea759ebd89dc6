package org.provgw.provider;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One device as {@link DeviceListing#listDevices()} reports it.
 *
 * @param name the device's name as its backend stores it, e.g. {@code SEP0011AABBCC01}; never
 *     {@code null} or blank
 * @param files the normalized request paths this provider serves for the device, e.g.
 *     {@code SEP0011AABBCC01.cnf.xml}, sorted; never {@code null}, empty when none can be served
 * @param problem why files that the device should have cannot be served now (a record that
 *     cannot be mapped), safe to print; empty when there is none; never {@code null}
 */
public record ListedDevice(String name, List<String> files, Optional<String> problem) {

    /**
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public ListedDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problem, "problem");
        if (name.isBlank()) {
            throw new IllegalArgumentException("device name is blank");
        }
        files = List.copyOf(files).stream().sorted().toList();
    }

    /**
     * A device whose files can all be served.
     *
     * @param name the device's name
     * @param files the paths served for it
     * @return the listed device, without a problem
     */
    public static ListedDevice of(String name, List<String> files) {
        return new ListedDevice(name, files, Optional.empty());
    }
}
