package org.provgw.ldap.config;

/** How new connections pick one of several configured servers. */
public enum ServerSelection {
    /** The first server that answers, in the configured order: the others are standbys. */
    FAILOVER,
    /** The servers in turn, skipping one that does not answer: spreads the load. */
    ROUND_ROBIN
}
