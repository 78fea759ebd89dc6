package org.provgw.ldap.config;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchScope;

import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/** Reads and checks the mapping keys of an LDAP provider. */
public final class MappingSettingsParser {

    /** An attribute description: a name or a numeric OID, with options such as {@code ;lang-en}. */
    private static final Pattern ATTRIBUTE_NAME =
            Pattern.compile("([A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+)(;[A-Za-z0-9-]+)*");

    private MappingSettingsParser() {
    }

    /**
     * @param settings the keys under {@code provider.<name>.}
     * @return the validated mapping
     * @throws InvalidSettingException naming the file, key and value of the first wrong setting
     */
    public static MappingSettings parse(Settings settings) throws InvalidSettingException {
        DN base = dn(settings, LdapKeys.BASE).orElseThrow(() -> settings.invalid(LdapKeys.BASE, "is required"));
        return new MappingSettings(base, scope(settings),
                filter(settings, LdapKeys.FILTER, "(objectClass=*)"), match(settings),
                dn(settings, LdapKeys.LINE_BASE).orElse(base),
                filter(settings, LdapKeys.LINE_FILTER, "(objectClass=provgwLine)"),
                dn(settings, LdapKeys.DEVICE_POOL_BASE).orElse(base),
                dn(settings, LdapKeys.MODEL_BASE).orElse(base),
                dn(settings, LdapKeys.CLUSTER_DN).orElse(clusterDefault(base)),
                settings.getEnum(LdapKeys.CHANGES, ChangeDetection.class, ChangeDetection.AUTO),
                attributes(settings));
    }

    private static DN clusterDefault(DN base) {
        try {
            return new DN("cn=provgw," + base);
        } catch (LDAPException e) {
            throw new IllegalStateException("a valid base gave an invalid cluster DN", e);
        }
    }

    private static Optional<DN> dn(Settings settings, String key) throws InvalidSettingException {
        Optional<String> value = settings.get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DN(value.get()));
        } catch (LDAPException e) {
            throw settings.invalid(key, "not a valid DN");
        }
    }

    private static SearchScope scope(Settings settings) throws InvalidSettingException {
        String value = settings.get(LdapKeys.SCOPE).orElse("sub").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "base" -> SearchScope.BASE;
            case "one" -> SearchScope.ONE;
            case "sub" -> SearchScope.SUB;
            default -> throw settings.invalid(LdapKeys.SCOPE, "expected base, one or sub");
        };
    }

    private static Filter filter(Settings settings, String key, String defaultValue)
            throws InvalidSettingException {
        String value = settings.get(key).orElse(defaultValue);
        try {
            return Filter.create(value);
        } catch (LDAPException e) {
            throw settings.invalid(key, "not a valid LDAP filter: " + e.getDiagnosticMessage());
        }
    }

    private static Set<DeviceMatch> match(Settings settings) throws InvalidSettingException {
        if (settings.get(LdapKeys.MATCH).isEmpty()) {
            return EnumSet.allOf(DeviceMatch.class);
        }
        Set<DeviceMatch> match = EnumSet.noneOf(DeviceMatch.class);
        for (String item : settings.getList(LdapKeys.MATCH)) {
            switch (item.toLowerCase(Locale.ROOT)) {
                case "mac-address" -> match.add(DeviceMatch.MAC_ADDRESS);
                case "cn" -> match.add(DeviceMatch.CN);
                default -> throw settings.invalid(LdapKeys.MATCH, "expected mac-address, cn or both");
            }
        }
        return match;
    }

    private static Map<MappedAttribute, String> attributes(Settings settings) throws InvalidSettingException {
        Map<MappedAttribute, String> names = new EnumMap<>(MappedAttribute.class);
        for (MappedAttribute attribute : MappedAttribute.values()) {
            String key = LdapKeys.ATTRIBUTE_PREFIX + attribute.key();
            Optional<String> name = settings.get(key);
            if (name.isPresent()) {
                if (!ATTRIBUTE_NAME.matcher(name.get()).matches()) {
                    throw settings.invalid(key, "not an attribute name");
                }
                names.put(attribute, name.get());
            }
        }
        return names;
    }
}
