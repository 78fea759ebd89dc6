package org.provgw.ldap;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.unboundid.ldap.sdk.DN;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.cisco.build.CiscoConfigRenderer;
import org.provgw.cisco.serve.BuiltFileProvider;
import org.provgw.cisco.serve.ServeSettings;
import org.provgw.ldap.config.LdapKeys;
import org.provgw.ldap.config.LdapSettings;
import org.provgw.ldap.connect.Directory;
import org.provgw.provider.FileProvider;
import org.provgw.provider.FileProviderFactory;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.ProviderContext;
import org.provgw.provider.ProviderException;
import org.provgw.provider.Settings;

/**
 * The {@code ldap} provider: Cisco configuration files ({@code SEP<MAC>.cnf.xml},
 * {@code XMLDefault.cnf.xml}, …) built from device records in an LDAP directory, served and kept
 * current by the Cisco builder's serving layer (cache, change polling, last-known-good during an
 * outage, negative cache). The keys are listed in the README's LDAP section.
 *
 * <p>At start the provider reads the directory's root DSE: a server that refuses the bind
 * credentials, or a {@code base} that does not exist, stops the start; a directory that does
 * not answer does not (it is logged, and phones are told to retry until it answers).
 */
public final class LdapProviderFactory implements FileProviderFactory {

    /** The type name: {@code provider.<name>.type = ldap}. */
    public static final String TYPE = "ldap";

    private static final Logger LOG = LogManager.getLogger(LdapProviderFactory.class);

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new HashSet<>(LdapKeys.all());
        keys.addAll(ServeSettings.KEYS);
        return Set.copyOf(keys);
    }

    @Override
    public FileProvider create(ProviderContext context) throws InvalidSettingException, ProviderException {
        return create(context, System::getenv);
    }

    /**
     * @param context the instance name and its settings
     * @param env looks environment variables up
     * @return the running provider
     * @throws InvalidSettingException if a setting is wrong
     * @throws ProviderException if the directory refuses the bind or the connections cannot be set up
     */
    FileProvider create(ProviderContext context, UnaryOperator<String> env)
            throws InvalidSettingException, ProviderException {
        Settings settings = context.settings();
        LdapSettings ldap = LdapSettings.parse(settings, env, ServeSettings.KEYS);
        ServeSettings serve = ServeSettings.from(settings);
        LdapDeviceSource source = LdapDeviceSource.open(ldap);
        try {
            checkReachableDirectory(context.instanceName(), source.directory(), ldap, settings);
        } catch (InvalidSettingException | ProviderException | RuntimeException e) {
            source.close();
            throw e;
        }
        LOG.info("provider {} builds Cisco files from {} under {} ({}, bind {})", context.instanceName(),
                source.directory().servers(), ldap.mapping().base(), ldap.connection().transport(),
                ldap.connection().bind().map(b -> "as " + b.dn()).orElse("anonymous"));
        return BuiltFileProvider.open(context.instanceName(), source, new CiscoConfigRenderer(), serve);
    }

    private static void checkReachableDirectory(String name, Directory directory, LdapSettings ldap,
                                                Settings settings)
            throws InvalidSettingException, ProviderException {
        try {
            directory.rootDse();
        } catch (ProviderException e) {
            if (Directory.refusedBind(e)) {
                String origin = ldap.connection().bind().map(b -> b.passwordOrigin()).orElse("");
                throw new ProviderException("provider " + name + ": the directory refused to bind as "
                        + ldap.connection().bind().map(b -> b.dn()).orElse("anonymous") + " with the password from "
                        + origin + ": " + e.getMessage(), e);
            }
            LOG.warn("provider {}: the directory does not answer at start ({}); phones are told to retry until it"
                    + " does", name, e.getMessage());
            return;
        }
        DN base = ldap.mapping().base();
        if (directory.entry(base).isEmpty()) {
            throw settings.invalid(LdapKeys.BASE, "no such entry in the directory " + directory.servers());
        }
    }
}
