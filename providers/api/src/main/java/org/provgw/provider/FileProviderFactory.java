package org.provgw.provider;

import java.util.Set;

/**
 * Creates providers of one type. Found through {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/org.provgw.provider.FileProviderFactory} of the
 * provider's JAR and drop the JAR into the gateway's {@code plugins/} folder.
 *
 * <p>The class must be cheap to instantiate and stateless: pools, connections and threads are
 * created in {@link #create} and released by {@link FileProvider#close()}. Two factories with the
 * same {@link #type()} on one gateway are a start-up error.
 */
public interface FileProviderFactory {

    /**
     * @return the type name the configuration selects this factory by, e.g. {@code filesystem}
     *     for {@code provider.fs.type = filesystem}; lowercase letters, digits and {@code -}
     */
    String type();

    /**
     * The setting keys (relative to {@code provider.<name>.}, without {@code type}) this type
     * understands. The gateway refuses to start on any other key under the provider's prefix, so
     * that a misspelt key is reported instead of ignored.
     *
     * @return the accepted keys, never {@code null}; may be empty
     */
    Set<String> settingKeys();

    /**
     * Creates a provider from its settings, validating every value.
     *
     * @param context the instance name and its settings
     * @return a ready provider, never {@code null}
     * @throws InvalidSettingException if a setting is missing or wrong; the gateway stops with
     *     its key, value and file
     * @throws ProviderException if the backend cannot be set up (a pool that cannot start)
     */
    FileProvider create(ProviderContext context) throws InvalidSettingException, ProviderException;
}
