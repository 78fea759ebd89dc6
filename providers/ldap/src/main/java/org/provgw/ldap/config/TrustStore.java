package org.provgw.ldap.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The certificates a TLS connection to the directory is checked against.
 *
 * @param file the trust store, already checked to be readable and loadable
 * @param type its format
 * @param password the key store's password, empty for none (it guards the file's integrity,
 *     not a secret: JDK 17's PKCS#12 files need it to read their certificates)
 */
public record TrustStore(Path file, TrustStoreType type, String password) {

    /** @throws NullPointerException if an argument is {@code null} */
    public TrustStore {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(password, "password");
    }

    /** @return the password for {@link java.security.KeyStore#load}, {@code null} for none */
    public char[] pin() {
        return password.isEmpty() ? null : password.toCharArray();
    }

    @Override
    public String toString() {
        return "TrustStore[" + file + ", " + type + "]";
    }
}
