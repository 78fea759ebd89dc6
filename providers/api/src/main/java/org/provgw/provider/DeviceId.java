package org.provgw.provider;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device a requested file belongs to, parsed from the file name: a {@link DevicePrefix}
 * followed by 12 hexadecimal digits, in any case, then the end of the name or a dot
 * ({@code SEP0011aabbcc01.cnf.xml}, {@code CTLSEP0011AABBCC01.tlv}, {@code SIP0011AABBCC01.cnf}).
 *
 * <p>The MAC is held in canonical form, uppercase, because phones vary its case while
 * CallManager writes it in capitals.
 *
 * @param prefix the prefix the file name used, never {@code null}
 * @param mac the 12 hexadecimal digits, uppercase, never {@code null}
 */
public record DeviceId(DevicePrefix prefix, String mac) {

    private static final Pattern MAC = Pattern.compile("[0-9A-F]{12}");
    private static final Pattern FILE_NAME =
            Pattern.compile("(CTLSEP|ITLSEP|SEP|SIP|ATA)([0-9A-F]{12})(?:\\..*)?",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /**
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code mac} is not 12 uppercase hexadecimal digits
     */
    public DeviceId {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(mac, "mac");
        if (!MAC.matcher(mac).matches()) {
            throw new IllegalArgumentException("MAC must be 12 uppercase hex digits: " + mac);
        }
    }

    /**
     * Parses the device identity from the last segment of a normalized request path.
     *
     * @param path a request path such as {@code SEP0011AABBCC01.cnf.xml} or
     *     {@code sub/dir/sep0011aabbcc01.cnf.xml}; {@code null} is treated as no device
     * @return the device, or empty when the file name is not device-specific
     */
    public static Optional<DeviceId> fromPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        DevicePrefix prefix = DevicePrefix.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        return Optional.of(new DeviceId(prefix, m.group(2).toUpperCase(Locale.ROOT)));
    }

    /**
     * The device's name as CallManager stores it: {@code SEP0011AABBCC01} for a phone, also when
     * the request was for its {@code CTLSEP…} or {@code ITLSEP…} trust list.
     *
     * @return the device name, never {@code null}
     */
    public String deviceName() {
        return prefix.devicePrefix().name() + mac;
    }

    /** @return the prefix and MAC as they appear in a canonical file name, e.g. {@code CTLSEP0011AABBCC01} */
    @Override
    public String toString() {
        return prefix.name() + mac;
    }
}
