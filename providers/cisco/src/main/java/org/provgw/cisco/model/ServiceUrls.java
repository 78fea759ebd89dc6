package org.provgw.cisco.model;

import java.util.Objects;

/**
 * The phone service URLs; an empty string means "none". Device values override the cluster's
 * defaults field by field ({@link #orElse}).
 */
public record ServiceUrls(String authentication, String directory, String idle, String information,
                          String messages, String proxyServer, String services) {

    /** No URL at all. */
    public static final ServiceUrls NONE = new ServiceUrls("", "", "", "", "", "", "");

    /** @throws NullPointerException if an argument is {@code null} (use "" for none) */
    public ServiceUrls {
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(proxyServer, "proxyServer");
        Objects.requireNonNull(services, "services");
    }

    /**
     * @param defaults the values for fields this one leaves empty
     * @return these URLs with every empty field taken from {@code defaults}
     */
    public ServiceUrls orElse(ServiceUrls defaults) {
        return new ServiceUrls(pick(authentication, defaults.authentication), pick(directory, defaults.directory),
                pick(idle, defaults.idle), pick(information, defaults.information),
                pick(messages, defaults.messages), pick(proxyServer, defaults.proxyServer),
                pick(services, defaults.services));
    }

    private static String pick(String own, String fallback) {
        return own.isEmpty() ? fallback : own;
    }
}
