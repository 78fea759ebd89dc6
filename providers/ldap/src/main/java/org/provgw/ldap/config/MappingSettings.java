package org.provgw.ldap.config;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;

/**
 * Where the records are in the directory and what their attributes are called: validated,
 * immutable.
 *
 * @param base the base DN of device entries
 * @param scope the scope of device searches
 * @param filter the filter device entries must also match, {@code (objectClass=*)} if none
 * @param match how device entries are recognised, never empty
 * @param lineBase the base DN of line entries, for change detection
 * @param lineFilter the filter line entries match
 * @param poolBase the base DN of device pools and the entries they reference
 * @param modelBase the base DN of phone model entries
 * @param clusterDn the DN of the cluster settings entry
 * @param changes how changes are detected
 * @param attributes the name of every mapped attribute
 */
public record MappingSettings(DN base, SearchScope scope, Filter filter, Set<DeviceMatch> match, DN lineBase,
                              Filter lineFilter, DN poolBase, DN modelBase, DN clusterDn,
                              ChangeDetection changes, Map<MappedAttribute, String> attributes) {

    /** @throws IllegalArgumentException if {@code match} is empty or an attribute has no name */
    public MappingSettings {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        match = Set.copyOf(match);
        Objects.requireNonNull(lineBase, "lineBase");
        Objects.requireNonNull(lineFilter, "lineFilter");
        Objects.requireNonNull(poolBase, "poolBase");
        Objects.requireNonNull(modelBase, "modelBase");
        Objects.requireNonNull(clusterDn, "clusterDn");
        Objects.requireNonNull(changes, "changes");
        if (match.isEmpty()) {
            throw new IllegalArgumentException("no way to match devices");
        }
        EnumMap<MappedAttribute, String> names = new EnumMap<>(MappedAttribute.class);
        for (MappedAttribute attribute : MappedAttribute.values()) {
            names.put(attribute, attributes.getOrDefault(attribute, attribute.defaultName()));
        }
        attributes = Map.copyOf(names);
    }

    /**
     * @param attribute a mapped attribute
     * @return its name in this directory
     */
    public String name(MappedAttribute attribute) {
        return attributes.get(attribute);
    }
}
