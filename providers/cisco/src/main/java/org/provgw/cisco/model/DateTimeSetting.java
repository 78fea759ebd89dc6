package org.provgw.cisco.model;

import java.util.List;
import java.util.Objects;

/**
 * How a phone shows date and time, and where it gets the time from.
 *
 * @param name the setting's name
 * @param dateTemplate e.g. {@code D/M/Y}, {@code M/D/YA}
 * @param timeZone the Windows-style zone name CallManager writes, e.g.
 *     {@code Central Standard/Daylight Time}
 * @param olsonTimeZone e.g. {@code America/Chicago}; empty when unknown
 * @param ntpServers NTP servers in order, may be empty
 */
public record DateTimeSetting(String name, String dateTemplate, String timeZone, String olsonTimeZone,
                              List<String> ntpServers) {

    /** @throws NullPointerException if an argument is {@code null} */
    public DateTimeSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateTemplate, "dateTemplate");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(olsonTimeZone, "olsonTimeZone");
        ntpServers = List.copyOf(ntpServers);
    }
}
