package org.provgw.ldap.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * Reads the bind password from a file or an environment variable, never from the configuration
 * itself, so that provgw.properties can be world-readable. Messages name the file or the variable,
 * never the password.
 */
final class Passwords {

    private Passwords() {
    }

    /**
     * @param settings the provider's settings
     * @param dn the bind DN the password is for
     * @param env looks environment variables up ({@link System#getenv(String)} outside tests)
     * @return the credentials
     * @throws InvalidSettingException if neither or both sources are set, or the one set is
     *     unreadable or empty
     */
    static BindCredentials read(Settings settings, String dn, UnaryOperator<String> env)
            throws InvalidSettingException {
        Optional<Path> file = settings.getPath(LdapKeys.BIND_PASSWORD_FILE);
        Optional<String> variable = settings.get(LdapKeys.BIND_PASSWORD_ENV);
        if (file.isPresent() && variable.isPresent()) {
            throw settings.invalid(LdapKeys.BIND_PASSWORD_ENV, "set either "
                    + settings.fullKey(LdapKeys.BIND_PASSWORD_FILE) + " or this key, not both");
        }
        if (file.isPresent()) {
            return new BindCredentials(dn, fromFile(settings, file.get()), "file " + file.get());
        }
        if (variable.isPresent()) {
            String value = env.apply(variable.get());
            if (value == null || value.isEmpty()) {
                throw settings.invalid(LdapKeys.BIND_PASSWORD_ENV,
                        "environment variable " + variable.get() + " is not set or empty");
            }
            return new BindCredentials(dn, value, "environment variable " + variable.get());
        }
        throw settings.invalid(LdapKeys.BIND_DN, "needs a password: set "
                + settings.fullKey(LdapKeys.BIND_PASSWORD_FILE) + " or "
                + settings.fullKey(LdapKeys.BIND_PASSWORD_ENV));
    }

    private static String fromFile(Settings settings, Path file) throws InvalidSettingException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw settings.invalid(LdapKeys.BIND_PASSWORD_FILE, "cannot read " + file + ": "
                    + e.getClass().getSimpleName());
        }
        // A file written with echo ends with a newline that is not part of the password.
        String password = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
        if (password.isEmpty()) {
            // An empty password makes a simple bind anonymous (RFC 4513 5.1.2): refuse it.
            throw settings.invalid(LdapKeys.BIND_PASSWORD_FILE, file + " holds no password");
        }
        if (password.indexOf('\n') >= 0) {
            throw settings.invalid(LdapKeys.BIND_PASSWORD_FILE,
                    file + " must hold the password on one line");
        }
        return password;
    }
}
