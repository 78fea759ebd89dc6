package org.provgw.ldap.config;

/** How the provider learns what changed in the directory. */
public enum ChangeDetection {
    /** Content synchronization when the server's root DSE offers it, else modify timestamps. */
    AUTO,
    /** RFC 4533 content synchronization, refresh-only, with a cookie kept between polls. */
    CONTENT_SYNC,
    /** Searching {@code modifyTimestamp} since the previous poll, plus a listing for deletions. */
    MODIFY_TIMESTAMP
}
