package org.provgw.provider;

import java.util.Objects;

/**
 * What a {@link FileProviderFactory} is given to create one configured provider.
 *
 * @param instanceName the name the configuration gives this provider ({@code fs} for
 *     {@code providers = fs}), used in logs and the access log; never {@code null}
 * @param settings the provider's settings, the keys under {@code provider.<instanceName>.}
 *     without that prefix; never {@code null}
 */
public record ProviderContext(String instanceName, Settings settings) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ProviderContext {
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(settings, "settings");
    }
}
