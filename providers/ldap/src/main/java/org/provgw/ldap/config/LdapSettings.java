package org.provgw.ldap.config;

import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * Everything an LDAP provider is configured with.
 *
 * @param connection how to reach the directory
 * @param mapping where the records are and what their attributes are called
 */
public record LdapSettings(ConnectionSettings connection, MappingSettings mapping) {

    /** @throws NullPointerException if an argument is {@code null} */
    public LdapSettings {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(mapping, "mapping");
    }

    /**
     * @param settings the keys under {@code provider.<name>.}, without {@code type}
     * @param env looks environment variables up ({@code System::getenv} outside tests)
     * @param otherKeys keys of the same section read elsewhere (the serving layer's)
     * @return the validated settings
     * @throws InvalidSettingException naming the file, key and value of the first wrong setting,
     *     an unknown key included
     */
    public static LdapSettings parse(Settings settings, UnaryOperator<String> env, Set<String> otherKeys)
            throws InvalidSettingException {
        Set<String> accepted = LdapKeys.all();
        for (String key : settings.keys()) {
            if (!accepted.contains(key) && !otherKeys.contains(key)) {
                throw settings.invalid(key, "unknown setting of an ldap provider (see the README's LDAP section)");
            }
        }
        return new LdapSettings(ConnectionSettingsParser.parse(settings, env), MappingSettingsParser.parse(settings));
    }
}
