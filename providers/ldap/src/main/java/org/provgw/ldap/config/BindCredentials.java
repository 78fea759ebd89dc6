package org.provgw.ldap.config;

import java.util.Objects;

/**
 * A simple bind: the DN and its password. The password never appears in {@link #toString()}.
 *
 * @param dn the bind DN
 * @param password the password
 * @param passwordOrigin where the password was read from ({@code file /etc/provgw/ldap.secret},
 *     {@code environment variable PROVGW_LDAP_PASSWORD}), for messages
 */
public record BindCredentials(String dn, String password, String passwordOrigin) {

    /** @throws NullPointerException if an argument is {@code null} */
    public BindCredentials {
        Objects.requireNonNull(dn, "dn");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(passwordOrigin, "passwordOrigin");
    }

    @Override
    public String toString() {
        return "BindCredentials[dn=" + dn + ", password from " + passwordOrigin + "]";
    }
}
