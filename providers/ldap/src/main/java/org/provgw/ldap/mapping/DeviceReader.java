package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.SearchResultEntry;

import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DeviceProtocol;
import org.provgw.cisco.model.PhoneModel;
import org.provgw.cisco.model.SecurityMode;
import org.provgw.cisco.model.ServiceUrls;
import org.provgw.cisco.model.SpeedDial;
import org.provgw.cisco.model.UserLocale;
import org.provgw.ldap.config.MappedAttribute;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/** Maps a device entry, with its lines, model and pool reference, onto a {@link Device}. */
public final class DeviceReader {

    /** vendorConfig names become XML element names: letters, digits, {@code _ . -}, no markup. */
    private static final Pattern ELEMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private final MappingSettings mapping;
    private final LineReader lines;
    private final ModelReader models;
    private final PoolReader pools;

    /**
     * @param directory the directory
     * @param mapping the mapping in force
     * @param models resolves model names
     * @param pools resolves pool references
     */
    public DeviceReader(Directory directory, MappingSettings mapping, ModelReader models, PoolReader pools) {
        this.mapping = mapping;
        this.lines = new LineReader(directory, mapping);
        this.models = models;
        this.pools = pools;
    }

    /**
     * @param id the device asked for
     * @param found its entry
     * @return the device
     * @throws ProviderException if the directory cannot answer or the entry cannot be mapped
     */
    public Device device(DeviceId id, SearchResultEntry found) throws ProviderException {
        EntryValues entry = new EntryValues(found);
        String modelName = entry.required(name(MappedAttribute.MODEL));
        PhoneModel model = models.model(modelName).orElseThrow(() -> entry.problem(
                name(MappedAttribute.MODEL) + " = " + modelName + " names no " + SchemaNames.MODEL_CLASS + " entry"));
        String poolAttribute = name(MappedAttribute.DEVICE_POOL);
        DN poolDn = entry.dnValue(poolAttribute).orElseThrow(() -> entry.problem(poolAttribute + " is missing"));
        return new Device(id, entry.textOrEmpty(name(MappedAttribute.DESCRIPTION)), model, protocol(entry),
                pools.poolName(entry, poolAttribute, poolDn), entry.text(name(MappedAttribute.LOAD)),
                userLocale(entry), entry.text(name(MappedAttribute.NETWORK_LOCALE)), security(entry), urls(entry),
                entry.integer(name(MappedAttribute.IDLE_TIMEOUT), 0, 0, 1_000_000), vendorConfig(entry),
                lines.lines(entry), speedDials(entry));
    }

    private String name(MappedAttribute attribute) {
        return mapping.name(attribute);
    }

    private DeviceProtocol protocol(EntryValues entry) throws UnmappableEntryException {
        Optional<String> value = entry.text(name(MappedAttribute.PROTOCOL));
        if (value.isEmpty()) {
            return DeviceProtocol.SCCP;
        }
        return switch (value.get().toUpperCase(Locale.ROOT)) {
            case "SCCP" -> DeviceProtocol.SCCP;
            case "SIP" -> DeviceProtocol.SIP;
            default -> throw entry.problem(name(MappedAttribute.PROTOCOL) + " = " + value.get()
                    + ": expected SCCP or SIP");
        };
    }

    private Optional<UserLocale> userLocale(EntryValues entry) {
        return entry.text(name(MappedAttribute.USER_LOCALE)).map(locale -> new UserLocale(locale,
                entry.textOrEmpty(name(MappedAttribute.LANGUAGE_CODE)),
                entry.text(name(MappedAttribute.CHARSET)).orElse("utf-8")));
    }

    private SecurityMode security(EntryValues entry) throws UnmappableEntryException {
        Optional<String> value = entry.text(name(MappedAttribute.SECURITY_MODE));
        if (value.isEmpty()) {
            return SecurityMode.NON_SECURE;
        }
        for (SecurityMode mode : SecurityMode.values()) {
            String word = mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (value.get().equalsIgnoreCase(word) || value.get().equals(Integer.toString(mode.code()))) {
                return mode;
            }
        }
        throw entry.problem(name(MappedAttribute.SECURITY_MODE) + " = " + value.get()
                + ": expected non-secure, authenticated or encrypted (or 1, 2, 3)");
    }

    private ServiceUrls urls(EntryValues entry) {
        return new ServiceUrls(entry.textOrEmpty(name(MappedAttribute.AUTHENTICATION_URL)),
                entry.textOrEmpty(name(MappedAttribute.DIRECTORY_URL)),
                entry.textOrEmpty(name(MappedAttribute.IDLE_URL)),
                entry.textOrEmpty(name(MappedAttribute.INFORMATION_URL)),
                entry.textOrEmpty(name(MappedAttribute.MESSAGES_URL)),
                entry.textOrEmpty(name(MappedAttribute.PROXY_SERVER_URL)),
                entry.textOrEmpty(name(MappedAttribute.SERVICES_URL)));
    }

    private Map<String, String> vendorConfig(EntryValues entry) throws UnmappableEntryException {
        String attribute = name(MappedAttribute.VENDOR_CONFIG);
        Map<String, String> settings = new TreeMap<>();
        for (String value : entry.all(attribute)) {
            int equals = value.indexOf('=');
            String key = equals < 0 ? "" : value.substring(0, equals).trim();
            if (!ELEMENT_NAME.matcher(key).matches()) {
                throw entry.problem(attribute + " = " + value + ": expected name=value, the name made of letters, "
                        + "digits, _ . -");
            }
            if (settings.put(key, value.substring(equals + 1).trim()) != null) {
                throw entry.problem(attribute + " sets " + key + " twice");
            }
        }
        return settings;
    }

    private List<SpeedDial> speedDials(EntryValues entry) throws UnmappableEntryException {
        String attribute = name(MappedAttribute.SPEED_DIALS);
        List<SpeedDial> dials = new ArrayList<>();
        for (String value : entry.all(attribute)) {
            String[] parts = value.split("\\|", 3);
            int index;
            try {
                index = parts.length == 3 ? Integer.parseInt(parts[0].trim()) : 0;
            } catch (NumberFormatException e) {
                index = 0;
            }
            if (index < 1 || index > 1000 || parts[1].isBlank()) {
                throw entry.problem(attribute + " = " + value + ": expected index|number|label, index from 1");
            }
            dials.add(new SpeedDial(index, parts[1].trim(), parts[2].trim()));
        }
        dials.sort(Comparator.comparingInt(SpeedDial::index));
        for (int i = 1; i < dials.size(); i++) {
            if (dials.get(i).index() == dials.get(i - 1).index()) {
                throw entry.problem("two speed dials with index " + dials.get(i).index());
            }
        }
        return dials;
    }
}
