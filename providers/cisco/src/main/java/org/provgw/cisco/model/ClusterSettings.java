package org.provgw.cisco.model;

import java.util.Objects;

/**
 * Settings of the whole cluster.
 *
 * @param defaultUrls the service URLs of devices that set none, and of {@code XMLDefault.cnf.xml}
 * @param buildCnf which devices also get a legacy {@code .cnf}
 * @param autoRegistration whether unknown phones get {@code XMLDefault.cnf.xml}
 * @param autoRegistrationPool the device pool whose CallManager group {@code XMLDefault.cnf.xml}
 *     names
 */
public record ClusterSettings(ServiceUrls defaultUrls, BuildCnfPolicy buildCnf, boolean autoRegistration,
                              String autoRegistrationPool) {

    /** @throws NullPointerException if an argument is {@code null} */
    public ClusterSettings {
        Objects.requireNonNull(defaultUrls, "defaultUrls");
        Objects.requireNonNull(buildCnf, "buildCnf");
        Objects.requireNonNull(autoRegistrationPool, "autoRegistrationPool");
    }
}
