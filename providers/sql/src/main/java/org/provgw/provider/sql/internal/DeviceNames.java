package org.provgw.provider.sql.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/** Device names as databases hold them: {@code SEP} and 12 hex digits, in any case. */
final class DeviceNames {

    private static final Pattern NAME = Pattern.compile("SEP([0-9A-F]{12})", Pattern.CASE_INSENSITIVE);

    private DeviceNames() {
    }

    static Optional<DeviceId> parse(String name) {
        var m = NAME.matcher(name.strip());
        return m.matches() ? Optional.of(new DeviceId(DevicePrefix.SEP, m.group(1).toUpperCase(Locale.ROOT)))
                : Optional.empty();
    }
}
