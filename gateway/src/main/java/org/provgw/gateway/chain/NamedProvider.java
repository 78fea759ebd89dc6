package org.provgw.gateway.chain;

import java.util.Objects;
import org.provgw.provider.FileProvider;

/**
 * A provider instance and the name it was configured under.
 *
 * @param name the instance name, e.g. {@code fs}; reported in {@code Found} and {@code Unavailable}
 * @param provider the open provider
 */
public record NamedProvider(String name, FileProvider provider) {

    /** @throws NullPointerException if an argument is {@code null} */
    public NamedProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
    }
}
