package org.provgw.provider;

import java.util.Optional;

/**
 * A source of files: a directory, a device database, a directory server. The gateway asks the
 * configured providers in order and serves the first file found.
 *
 * <p>Implementations are thread-safe: many transfers call {@link #find} at once. A call may
 * block (disk, JDBC, LDAP); endpoints never call it on a network I/O thread.
 */
public interface FileProvider extends AutoCloseable {

    /**
     * Looks a file up.
     *
     * @param request the request, never {@code null}; its path is normalized and contains no
     *     {@code ..} segment, but a provider that maps paths onto a store must still contain
     *     them (symbolic links, case folding)
     * @return the open file, or empty when this provider does not have it (normal: the chain
     *     asks the next provider, and the device gets "not found" when none has it)
     * @throws ProviderException when the backend cannot answer now; the chain stops there and
     *     the device is told to retry
     */
    Optional<ProvidedFile> find(FileRequest request) throws ProviderException;

    /** Releases pools, connections and threads. Idempotent; {@link #find} is not called after. */
    @Override
    void close();
}
