package org.provgw.ldap.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;

import org.provgw.ldap.config.DeviceMatch;
import org.provgw.ldap.config.MappedAttribute;
import org.provgw.ldap.config.MappingSettings;
import org.provgw.provider.DeviceId;
import org.provgw.provider.DevicePrefix;

/**
 * The filters that find device entries. Every value is placed with {@link Filter}'s factory
 * methods, which encode it as an assertion value (RFC 4515 escaping happens when a filter is
 * printed): a name can never add filter syntax, whatever it holds.
 */
public final class DeviceFilters {

    private final MappingSettings mapping;

    /** @param mapping the mapping in force */
    public DeviceFilters(MappingSettings mapping) {
        this.mapping = mapping;
    }

    /**
     * @param id a device
     * @return the filter matching its entry by any MAC form or by {@code cn=SEP<MAC>}, and the
     *     configured filter
     */
    public Filter forDevice(DeviceId id) {
        List<Filter> alternatives = new ArrayList<>();
        if (mapping.match().contains(DeviceMatch.MAC_ADDRESS)) {
            String attribute = mapping.name(MappedAttribute.MAC_ADDRESS);
            for (String form : MacAddresses.searchForms(id.mac())) {
                alternatives.add(Filter.createEqualityFilter(attribute, form));
            }
        }
        if (mapping.match().contains(DeviceMatch.CN)) {
            alternatives.add(Filter.createEqualityFilter(mapping.name(MappedAttribute.NAME), id.deviceName()));
        }
        return Filter.createANDFilter(mapping.filter(), Filter.createORFilter(alternatives));
    }

    /** @return the filter matching every device entry: one that has a MAC or a {@code SEP…} name */
    public Filter anyDevice() {
        List<Filter> alternatives = new ArrayList<>();
        if (mapping.match().contains(DeviceMatch.MAC_ADDRESS)) {
            alternatives.add(Filter.createPresenceFilter(mapping.name(MappedAttribute.MAC_ADDRESS)));
        }
        if (mapping.match().contains(DeviceMatch.CN)) {
            alternatives.add(Filter.createSubstringFilter(mapping.name(MappedAttribute.NAME), "SEP", null, null));
        }
        return Filter.createANDFilter(mapping.filter(), Filter.createORFilter(alternatives));
    }

    /** @return the attributes that identify a device entry */
    public String[] identityAttributes() {
        return new String[] {mapping.name(MappedAttribute.MAC_ADDRESS), mapping.name(MappedAttribute.NAME)};
    }

    /**
     * Which device an entry is, from its MAC address (normalised from whatever form it is
     * written in) or else its {@code SEP<MAC>} name.
     *
     * @param entry a device entry with the {@link #identityAttributes()}
     * @return the device ids it stands for: several when its MAC values differ (a second NIC);
     *     empty when it holds no usable MAC
     */
    public List<DeviceId> identities(Entry entry) {
        List<DeviceId> ids = new ArrayList<>();
        if (mapping.match().contains(DeviceMatch.MAC_ADDRESS)) {
            String[] values = entry.getAttributeValues(mapping.name(MappedAttribute.MAC_ADDRESS));
            if (values != null) {
                for (String value : values) {
                    MacAddresses.normalise(value).map(mac -> new DeviceId(DevicePrefix.SEP, mac))
                            .filter(id -> !ids.contains(id)).ifPresent(ids::add);
                }
            }
        }
        if (mapping.match().contains(DeviceMatch.CN)) {
            String[] names = entry.getAttributeValues(mapping.name(MappedAttribute.NAME));
            if (names != null) {
                for (String name : names) {
                    Optional<DeviceId> id = fromName(name);
                    id.filter(found -> !ids.contains(found)).ifPresent(ids::add);
                }
            }
        }
        return ids;
    }

    private static Optional<DeviceId> fromName(String name) {
        if (name.length() == 15 && name.regionMatches(true, 0, "SEP", 0, 3)
                && name.substring(3).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return MacAddresses.normalise(name.substring(3)).map(mac -> new DeviceId(DevicePrefix.SEP, mac));
        }
        return Optional.empty();
    }
}
