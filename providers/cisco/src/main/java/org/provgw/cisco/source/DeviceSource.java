package org.provgw.cisco.source;

import java.util.List;
import java.util.Optional;
import org.provgw.cisco.model.ClusterSettings;
import org.provgw.cisco.model.Device;
import org.provgw.cisco.model.DevicePool;
import org.provgw.cisco.model.ModelDefault;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/**
 * A device database (SQL tables, an LDAP directory) seen as the configuration model. The builder
 * asks it for records and renders files from them; a source only maps its storage to the model.
 *
 * <p>Implementations are thread-safe; every method may block (network, disk) and is called from
 * the gateway's look-up threads or the change poller, never from a network I/O thread. A
 * {@link ProviderException} means the backend could not answer (down, slow, a row that cannot be
 * mapped): the caller serves what it built before.
 */
public interface DeviceSource extends AutoCloseable {

    /**
     * @param id a device name; the prefix is {@code SEP} (use {@link DeviceId#deviceName()})
     * @return the device, or empty when the database has no such device
     * @throws ProviderException if the backend cannot answer now
     */
    Optional<Device> device(DeviceId id) throws ProviderException;

    /**
     * @param name a device pool's name
     * @return the pool, or empty if there is none of that name
     * @throws ProviderException if the backend cannot answer now
     */
    Optional<DevicePool> pool(String name) throws ProviderException;

    /**
     * @return the cluster-wide settings
     * @throws ProviderException if the backend cannot answer now
     */
    ClusterSettings cluster() throws ProviderException;

    /**
     * @return the default load of every model the database knows, in a stable order
     * @throws ProviderException if the backend cannot answer now
     */
    List<ModelDefault> modelDefaults() throws ProviderException;

    /**
     * @return the names of all devices, in a stable order (for listings and building ahead)
     * @throws ProviderException if the backend cannot answer now
     */
    List<DeviceId> devices() throws ProviderException;

    /**
     * Reports what changed since the previous call. The first call sets the starting point and
     * returns {@link ChangeSet#EVERYTHING} or {@link ChangeSet#NONE} as the source sees fit.
     *
     * @return what changed; {@link ChangeSet#EVERYTHING} when the source cannot tell precisely
     * @throws ProviderException if the backend cannot answer now (the next call covers the gap)
     */
    ChangeSet changes() throws ProviderException;

    /** Releases connections; no other method is called afterwards. */
    @Override
    void close();
}
