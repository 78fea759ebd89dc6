package org.provgw.ldap.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.util.ssl.PEMFileTrustManager;

import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/** Reads and checks the connection keys of an LDAP provider. */
public final class ConnectionSettingsParser {

    private static final Duration MIN_TIMEOUT = Duration.ofMillis(100);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    private ConnectionSettingsParser() {
    }

    /**
     * @param settings the keys under {@code provider.<name>.}
     * @param env looks environment variables up (the bind password may come from one)
     * @return the validated settings
     * @throws InvalidSettingException naming the file, key and value of the first wrong setting
     */
    public static ConnectionSettings parse(Settings settings, UnaryOperator<String> env)
            throws InvalidSettingException {
        List<String> urls = settings.getList(LdapKeys.URL);
        if (urls.isEmpty()) {
            settings.require(LdapKeys.URL);
        }
        List<LdapServer> servers = new ArrayList<>();
        Boolean secure = null;
        for (String text : urls) {
            LDAPURL url = url(settings, text);
            boolean ldaps = url.getScheme().equals("ldaps");
            if (secure != null && secure != ldaps) {
                throw settings.invalid(LdapKeys.URL, "mixes ldap:// and ldaps:// servers");
            }
            secure = ldaps;
            servers.add(new LdapServer(url.getHost(), url.getPort()));
        }
        boolean startTls = settings.getBoolean(LdapKeys.START_TLS, false);
        if (startTls && Boolean.TRUE.equals(secure)) {
            throw settings.invalid(LdapKeys.START_TLS, "StartTLS is for ldap:// servers; ldaps:// is TLS already");
        }
        Transport transport = Boolean.TRUE.equals(secure) ? Transport.LDAPS
                : startTls ? Transport.START_TLS : Transport.PLAIN;
        Optional<TrustStore> trustStore = trustStore(settings);
        if (trustStore.isPresent() && transport == Transport.PLAIN) {
            throw settings.invalid(LdapKeys.TRUST_STORE, "only used with ldaps:// or "
                    + settings.fullKey(LdapKeys.START_TLS) + " = true");
        }
        return new ConnectionSettings(servers,
                settings.getEnum(LdapKeys.SERVERS, ServerSelection.class, ServerSelection.FAILOVER),
                transport, trustStore, settings.getBoolean(LdapKeys.VERIFY_HOSTNAME, true),
                bind(settings, env),
                settings.getDuration(LdapKeys.TIMEOUT_CONNECT, Duration.ofSeconds(5), MIN_TIMEOUT, MAX_TIMEOUT),
                settings.getDuration(LdapKeys.TIMEOUT_BIND, Duration.ofSeconds(5), MIN_TIMEOUT, MAX_TIMEOUT),
                settings.getDuration(LdapKeys.TIMEOUT_SEARCH, Duration.ofSeconds(10), MIN_TIMEOUT, MAX_TIMEOUT),
                settings.getInt(LdapKeys.CONNECTIONS_MAX, 8, 1, 1024),
                settings.getDuration(LdapKeys.CONNECTIONS_MAX_WAIT, Duration.ofSeconds(2), Duration.ZERO,
                        MAX_TIMEOUT),
                settings.getInt(LdapKeys.PAGE_SIZE, 500, 1, 100_000));
    }

    private static LDAPURL url(Settings settings, String text) throws InvalidSettingException {
        LDAPURL url;
        try {
            url = new LDAPURL(text);
        } catch (LDAPException e) {
            throw settings.invalid(LdapKeys.URL, "not an LDAP URL such as ldap://host:389 or ldaps://host:636: " + text);
        }
        if (!url.getScheme().equals("ldap") && !url.getScheme().equals("ldaps")) {
            throw settings.invalid(LdapKeys.URL, text + ": only ldap:// and ldaps:// are supported");
        }
        if (!url.hostProvided()) {
            throw settings.invalid(LdapKeys.URL, text + " names no host");
        }
        if (url.baseDNProvided() || url.attributesProvided() || url.filterProvided() || url.scopeProvided()) {
            throw settings.invalid(LdapKeys.URL, text + ": give the server only (scheme, host, port); the base DN is "
                    + settings.fullKey(LdapKeys.BASE));
        }
        return url;
    }

    private static Optional<TrustStore> trustStore(Settings settings) throws InvalidSettingException {
        Optional<Path> file = settings.getPath(LdapKeys.TRUST_STORE);
        if (file.isEmpty()) {
            for (String key : List.of(LdapKeys.TRUST_STORE_TYPE, LdapKeys.TRUST_STORE_PASSWORD)) {
                if (settings.get(key).isPresent()) {
                    throw settings.invalid(key, "needs " + settings.fullKey(LdapKeys.TRUST_STORE));
                }
            }
            return Optional.empty();
        }
        Path path = file.get();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw settings.invalid(LdapKeys.TRUST_STORE, path + " is not a readable file");
        }
        TrustStoreType type = settings.getEnum(LdapKeys.TRUST_STORE_TYPE, TrustStoreType.class,
                TrustStoreType.guess(path));
        TrustStore store = new TrustStore(path, type, settings.get(LdapKeys.TRUST_STORE_PASSWORD).orElse(""));
        String problem = loadProblem(store);
        if (problem != null) {
            throw settings.invalid(LdapKeys.TRUST_STORE, "cannot load " + path + " as "
                    + type.name().toLowerCase(Locale.ROOT) + ": " + problem);
        }
        return Optional.of(store);
    }

    /** @return why the file cannot be used, or {@code null} when it loads and holds a certificate */
    private static String loadProblem(TrustStore trust) {
        try {
            if (trust.type() == TrustStoreType.PEM) {
                new PEMFileTrustManager(trust.file().toFile()).getAcceptedIssuers();
                return null;
            }
            KeyStore store = KeyStore.getInstance(trust.type().name());
            try (InputStream in = Files.newInputStream(trust.file())) {
                store.load(in, trust.pin());
            }
            return store.size() == 0 ? "it holds no certificate (a PKCS#12 file may need "
                    + LdapKeys.TRUST_STORE_PASSWORD + ")" : null;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private static Optional<BindCredentials> bind(Settings settings, UnaryOperator<String> env)
            throws InvalidSettingException {
        Optional<String> dn = settings.get(LdapKeys.BIND_DN);
        if (dn.isEmpty()) {
            for (String key : List.of(LdapKeys.BIND_PASSWORD_FILE, LdapKeys.BIND_PASSWORD_ENV)) {
                if (settings.get(key).isPresent()) {
                    throw settings.invalid(key, "needs " + settings.fullKey(LdapKeys.BIND_DN));
                }
            }
            return Optional.empty();
        }
        // Active Directory also binds with a user principal name (provgw@example.com) or a
        // down-level logon name (EXAMPLE, a backslash, the account name).
        if (!DN.isValidDN(dn.get()) && dn.get().indexOf('@') < 1 && dn.get().indexOf('\\') < 1) {
            throw settings.invalid(LdapKeys.BIND_DN, "not a DN, nor an Active Directory name such as provgw@example.com");
        }
        return Optional.of(Passwords.read(settings, dn.get(), env));
    }
}
