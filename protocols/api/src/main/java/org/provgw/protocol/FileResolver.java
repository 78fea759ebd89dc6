package org.provgw.protocol;

import org.provgw.provider.FileRequest;

/**
 * The gateway's provider chain as endpoints see it: asks each configured provider in order.
 * Thread-safe. May block (disk, JDBC, LDAP): call it from {@link EndpointContext#blockingExecutor()},
 * never on a network I/O thread.
 */
@FunctionalInterface
public interface FileResolver {

    /**
     * @param request the request, never {@code null}
     * @return the answer, never {@code null}; a provider failure is an
     *     {@link Resolution.Unavailable}, never an exception
     */
    Resolution resolve(FileRequest request);
}
