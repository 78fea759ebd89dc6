package org.provgw.ldap.changes;

import org.provgw.cisco.source.ChangeSet;
import org.provgw.provider.ProviderException;

/** One way of learning what changed in the directory since the previous call. */
public interface ChangeDetector {

    /**
     * @return what changed since the previous call; {@link ChangeSet#EVERYTHING} on the first
     * @throws ProviderException if the directory cannot answer; the next call covers the gap
     */
    ChangeSet changes() throws ProviderException;

    /** @return a short name for logs, e.g. {@code modify-timestamp} */
    String name();
}
