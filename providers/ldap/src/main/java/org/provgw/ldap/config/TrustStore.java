package org.provgw.ldap.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The certificates a TLS connection to the directory is checked against.
 *
 * @param file the trust store, already checked to be readable and loadable
 * @param type its format
 */
public record TrustStore(Path file, TrustStoreType type) {

    /** @throws NullPointerException if an argument is {@code null} */
    public TrustStore {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
    }
}
