package org.provgw.provider.sql.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.SecurityMode;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SipLine;
import org.provgw.cisco.model.SpeedDial;
import org.provgw.cisco.model.UserLocale;
import org.provgw.cisco.source.BadRecordException;
import org.provgw.provider.DeviceId;

/** Maps the rows of {@code query.device} and its three companion queries to a {@link Device}. */
final class DeviceRows {

    /** The columns of {@code query.device} before the lines and speed dials are read. */
    record Head(String description, PhoneModel model, DeviceProtocol protocol, String pool, Optional<String> load,
                Optional<UserLocale> userLocale, Optional<String> networkLocale, SecurityMode security,
                ServiceUrls urls, int idleTimeout) {
    }

    private DeviceRows() {
    }

    static Head head(Row row) throws SQLException {
        String protocol = row.text("protocol");
        DeviceProtocol parsedProtocol = switch (protocol.toUpperCase(Locale.ROOT)) {
            case "SCCP" -> DeviceProtocol.SCCP;
            case "SIP" -> DeviceProtocol.SIP;
            default -> throw new BadValueException("protocol = '" + protocol + "': expected SCCP or SIP");
        };
        Optional<String> localeName = row.optional("user_locale");
        Optional<UserLocale> locale = Optional.empty();
        if (localeName.isPresent()) {
            locale = Optional.of(new UserLocale(localeName.get(), row.text("user_locale_language", ""),
                    row.text("user_locale_charset", "utf-8")));
        }
        return new Head(row.text("description", ""), new PhoneModel(row.text("model"), row.integer("type_code")),
                parsedProtocol, row.text("device_pool"), row.optional("load_override"), locale,
                row.optional("network_locale"), security(row.text("security_mode", "1")), urls(row),
                row.integer("idle_timeout", 0));
    }

    static SipLine line(Row row) throws SQLException {
        return new SipLine(row.integer("button"), row.text("directory_number"), row.text("label", ""),
                row.text("display_name", ""), row.text("auth_name", ""), row.text("auth_password", ""));
    }

    static SpeedDial speedDial(Row row) throws SQLException {
        return new SpeedDial(row.integer("position"), row.text("dial_number"), row.text("label", ""));
    }

    static Map.Entry<String, String> setting(Row row) throws SQLException {
        return Map.entry(row.text("setting_name"), row.text("setting_value", ""));
    }

    /**
     * @throws BadRecordException if the rows do not make a valid device (two lines on a button)
     */
    static Device device(DeviceId id, Head head, List<SipLine> lines, List<SpeedDial> speedDials,
                         List<Map.Entry<String, String>> settings) throws BadRecordException {
        Map<String, String> vendorConfig = new TreeMap<>();
        for (Map.Entry<String, String> setting : settings) {
            if (vendorConfig.put(setting.getKey(), setting.getValue()) != null) {
                throw new BadRecordException(id.deviceName(), "setting " + setting.getKey() + " appears twice");
            }
        }
        try {
            return new Device(id, head.description(), head.model(), head.protocol(), head.pool(), head.load(),
                    head.userLocale(), head.networkLocale(), head.security(), head.urls(), head.idleTimeout(),
                    vendorConfig, lines, speedDials);
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(id.deviceName(), e.getMessage(), e);
        }
    }

    static ServiceUrls urls(Row row) throws SQLException {
        return new ServiceUrls(row.text("authentication_url", ""), row.text("directory_url", ""),
                row.text("idle_url", ""), row.text("information_url", ""), row.text("messages_url", ""),
                row.text("proxy_server_url", ""), row.text("services_url", ""));
    }

    private static SecurityMode security(String value) {
        for (SecurityMode mode : SecurityMode.values()) {
            if (value.equals(String.valueOf(mode.code())) || value.replace('-', '_').equalsIgnoreCase(mode.name())) {
                return mode;
            }
        }
        throw new BadValueException("security_mode = '" + value + "': expected 1 (non-secure), 2 (authenticated)"
                + " or 3 (encrypted)");
    }
}
