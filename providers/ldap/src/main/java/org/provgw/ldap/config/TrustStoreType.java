package org.provgw.ldap.config;

import java.nio.file.Path;
import java.util.Locale;

/** The format of the file holding the certificates the directory's certificate must chain to. */
public enum TrustStoreType {
    /** A PKCS#12 key store ({@code .p12}, {@code .pfx}), the JDK's default format. */
    PKCS12,
    /** A Java key store ({@code .jks}). */
    JKS,
    /** One or more PEM certificates ({@code .pem}, {@code .crt}, {@code .cer}), as OpenLDAP's TLS_CACERT. */
    PEM;

    /**
     * @param file a trust store file
     * @return the type its name suggests: PEM for {@code .pem/.crt/.cer}, JKS for {@code .jks},
     *     else PKCS12
     */
    public static TrustStoreType guess(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
            return PEM;
        }
        return name.endsWith(".jks") ? JKS : PKCS12;
    }
}
