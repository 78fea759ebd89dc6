package org.provgw.provider;

import java.util.List;

/**
 * An optional capability of a {@link FileProvider}: it knows which devices it serves files for
 * and can list them. Providers that build files from device records (SQL, LDAP) implement it
 * besides {@link FileProvider}; the gateway's {@code provgw devices} command asks every provider
 * of the chain that does ({@code provider instanceof DeviceListing}) and prints the result. A
 * provider of static files need not implement it.
 *
 * <p>Implementations are thread-safe. A call may block for a long time (it may read every record
 * and build every file), so it is made from a command-line tool or an administrative thread,
 * never from a network I/O thread and not on the path of a device's request.
 */
public interface DeviceListing {

    /**
     * Lists the devices this provider knows, with the files it would serve to each.
     *
     * @return the devices in a stable order (the backend's order, or sorted by name), never
     *     {@code null}; empty when the backend holds no device. A device whose files cannot be
     *     made (a record that cannot be mapped) is listed with no files and a
     *     {@link ListedDevice#problem()}, not left out.
     * @throws ProviderException if the backend cannot answer now (the listing is all or
     *     nothing: no partial list is returned)
     */
    List<ListedDevice> listDevices() throws ProviderException;
}
