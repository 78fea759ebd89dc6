package org.provgw.ldap.changes;

import java.util.Optional;
import java.util.Set;

import org.provgw.cisco.source.ChangeSet;
import org.provgw.provider.DeviceId;
import org.provgw.provider.ProviderException;

/** One way of learning what changed in the directory since the previous call. */
public interface ChangeDetector {

    /**
     * @return what changed since the previous call; {@link ChangeSet#EVERYTHING} on the first
     * @throws ProviderException if the directory cannot answer; the next call covers the gap
     */
    ChangeSet changes() throws ProviderException;

    /**
     * Every device the last complete poll saw in the directory. A device outside it cannot be in
     * the directory unless it was added since, and an addition is reported by the next poll: so a
     * look-up of an unknown MAC (a scan) is answered without a search.
     *
     * @return the devices, or empty before the first complete poll
     */
    Optional<Set<DeviceId>> knownDevices();

    /** @return a short name for logs, e.g. {@code modify-timestamp} */
    String name();
}
