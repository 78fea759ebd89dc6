package org.provgw.cisco.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.provgw.provider.DeviceId;

/**
 * A phone as the device database describes it.
 *
 * @param id the device name, e.g. {@code SEP0011AABBCC01}
 * @param description free text, may be empty
 * @param model the model
 * @param protocol SCCP or SIP
 * @param pool the name of its device pool
 * @param loadOverride the firmware it must run instead of its model's default, if any
 * @param userLocale the display language, if set
 * @param networkLocale the tones and cadences, e.g. {@code United_States}, if set
 * @param security the security mode
 * @param urls its service URLs; empty fields fall back to the cluster's defaults
 * @param idleTimeout seconds before the idle URL is shown, 0 for never
 * @param vendorConfig model-specific settings ({@code vendorConfig} elements), sorted by name so
 *     that the same settings always build the same file
 * @param lines SIP lines by button; empty for SCCP phones, whose lines come over SCCP
 * @param speedDials speed dials by index
 */
public record Device(DeviceId id, String description, PhoneModel model, DeviceProtocol protocol, String pool,
                     Optional<String> loadOverride, Optional<UserLocale> userLocale,
                     Optional<String> networkLocale, SecurityMode security, ServiceUrls urls, int idleTimeout,
                     Map<String, String> vendorConfig, List<SipLine> lines, List<SpeedDial> speedDials) {

    /** @throws IllegalArgumentException if buttons or speed-dial indexes repeat, or the timeout is negative */
    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(loadOverride, "loadOverride");
        Objects.requireNonNull(userLocale, "userLocale");
        Objects.requireNonNull(networkLocale, "networkLocale");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(urls, "urls");
        vendorConfig = Collections.unmodifiableMap(new TreeMap<>(vendorConfig));
        lines = List.copyOf(lines);
        speedDials = List.copyOf(speedDials);
        if (idleTimeout < 0) {
            throw new IllegalArgumentException(id + ": idle timeout is negative");
        }
        if (lines.stream().map(SipLine::button).distinct().count() != lines.size()) {
            throw new IllegalArgumentException(id + ": two lines on one button");
        }
        if (speedDials.stream().map(SpeedDial::index).distinct().count() != speedDials.size()) {
            throw new IllegalArgumentException(id + ": two speed dials with one index");
        }
    }

    /** @return the load this device runs: its override, else the given model default */
    public String effectiveLoad(String modelDefault) {
        return loadOverride.orElse(modelDefault);
    }
}
