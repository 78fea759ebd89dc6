package org.provgw.ldap.changes;

import java.util.List;
import java.util.Objects;

import com.unboundid.ldap.sdk.DN;

import org.provgw.provider.DeviceId;

/**
 * An entry change detection watches, with what it stood for when last seen.
 *
 * @param kind what the entry is
 * @param dn its DN
 * @param devices for a device entry, the device ids it stands for (one per MAC); else empty
 */
public record Tracked(EntryKind kind, DN dn, List<DeviceId> devices) {

    /** @throws NullPointerException if an argument is {@code null} */
    public Tracked {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dn, "dn");
        devices = List.copyOf(devices);
    }
}
