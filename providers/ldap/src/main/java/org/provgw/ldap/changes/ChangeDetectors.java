package org.provgw.ldap.changes;

import java.util.function.Supplier;

import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;

import org.provgw.ldap.config.ChangeDetection;
import org.provgw.provider.ProviderException;

/** Picks the change detection a directory supports. */
public final class ChangeDetectors {

    private ChangeDetectors() {
    }

    /**
     * @param wanted what the configuration asks for
     * @param rootDse the directory's root DSE
     * @param sync builds the content synchronization detector
     * @param timestamps builds the timestamp poller
     * @return content synchronization when asked for, or when {@code auto} and the root DSE lists
     *     the sync request control; else the timestamp poller
     * @throws ProviderException if content synchronization is asked for and the server does not offer it
     */
    public static ChangeDetector choose(ChangeDetection wanted, RootDSE rootDse,
                                        Supplier<ChangeDetector> sync,
                                        Supplier<ChangeDetector> timestamps)
            throws ProviderException {
        boolean offered = rootDse.supportsControl(ContentSyncRequestControl.SYNC_REQUEST_OID);
        return switch (wanted) {
            case MODIFY_TIMESTAMP -> timestamps.get();
            case AUTO -> offered ? sync.get() : timestamps.get();
            case CONTENT_SYNC -> {
                if (!offered) {
                    throw new ProviderException("the directory does not offer content synchronization (RFC 4533): "
                            + "its root DSE does not list control " + ContentSyncRequestControl.SYNC_REQUEST_OID
                            + "; on OpenLDAP load the syncprov overlay, or set changes = modify-timestamp");
                }
                yield sync.get();
            }
        };
    }
}
