package org.provgw.http.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.provgw.http.tls.KeyMaterialException;
import org.provgw.http.tls.ServerKeys;
import org.provgw.provider.InvalidSettingException;
import org.provgw.provider.Settings;

/**
 * The HTTPS listener's own settings ({@code https.*} besides those of {@link HttpConfig}): the
 * key and certificate, either as PEM files or as a PKCS#12 keystore, the TLS versions, and the
 * {@code .sgn} fallback. The key material is loaded and checked here, so that a bad file stops
 * the start with the key that names it.
 *
 * @param context the server's TLS context
 * @param protocols the enabled TLS versions, a subset of TLS 1.2 and 1.3
 * @param unsignedFallback whether {@code <name>.sgn} is answered with {@code <name>} when only
 *     that exists
 */
public record TlsConfig(SSLContext context, List<String> protocols, boolean unsignedFallback) {

    /** The keys of the HTTPS listener only. */
    public static final Set<String> KEYS = Set.of("certificate", "private-key", "keystore", "keystore.password",
            "keystore.alias", "protocols", "sgn-fallback");

    private static final List<String> SUPPORTED = List.of("TLSv1.3", "TLSv1.2");

    public TlsConfig {
        protocols = List.copyOf(protocols);
    }

    /**
     * @param settings the {@code https.} settings
     * @return the validated configuration, with the key material loaded
     * @throws InvalidSettingException if no key material is configured, a file is unusable, or a
     *     value is wrong
     */
    public static TlsConfig from(Settings settings) throws InvalidSettingException {
        SSLContext context = context(settings);
        List<String> protocols = settings.getList("protocols").isEmpty() ? SUPPORTED : settings.getList("protocols");
        List<String> available = List.of(context.getSupportedSSLParameters().getProtocols());
        for (String protocol : protocols) {
            if (!SUPPORTED.contains(protocol)) {
                throw settings.invalid("protocols", "'" + protocol + "' is not one of " + SUPPORTED);
            }
            if (!available.contains(protocol)) {
                throw settings.invalid("protocols", "this Java runtime does not offer " + protocol);
            }
        }
        return new TlsConfig(context, protocols, settings.getBoolean("sgn-fallback", true));
    }

    private static SSLContext context(Settings settings) throws InvalidSettingException {
        Optional<Path> keystore = settings.getPath("keystore");
        Optional<Path> certificate = settings.getPath("certificate");
        Optional<Path> key = settings.getPath("private-key");
        if (keystore.isPresent()) {
            if (certificate.isPresent() || key.isPresent()) {
                throw settings.invalid("keystore", "set either " + settings.fullKey("keystore") + " or "
                        + settings.fullKey("certificate") + " and " + settings.fullKey("private-key") + ", not both");
            }
            try {
                return ServerKeys.fromPkcs12(keystore.get(),
                        settings.get("keystore.password").orElse("").toCharArray(), settings.get("keystore.alias"));
            } catch (KeyMaterialException e) {
                throw settings.invalid("keystore", e.getMessage());
            }
        }
        if (certificate.isEmpty()) {
            if (key.isPresent()) {
                throw settings.invalid("private-key", settings.fullKey("certificate") + " is required with it");
            }
            throw new InvalidSettingException(settings.source(), settings.fullKey("certificate"), null,
                    "HTTPS needs a certificate: set " + settings.fullKey("certificate") + " and "
                            + settings.fullKey("private-key") + " (PEM), or " + settings.fullKey("keystore")
                            + " (PKCS#12)");
        }
        try {
            return ServerKeys.fromPem(certificate.get(), key.orElse(certificate.get()));
        } catch (KeyMaterialException e) {
            throw settings.invalid(key.isPresent() && e.getMessage().startsWith(key.get().toString())
                    ? "private-key" : "certificate", e.getMessage());
        }
    }
}
