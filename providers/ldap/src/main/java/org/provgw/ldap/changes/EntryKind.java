package org.provgw.ldap.changes;

/** What a directory entry is to the configuration model, and so what its change affects. */
public enum EntryKind {
    /** A phone: its own files. */
    DEVICE,
    /** A line: the files of every device referencing it. */
    LINE,
    /** A device pool: every device in it. */
    DEVICE_POOL,
    /** A CallManager group: every device of every pool using it. */
    CALL_MANAGER_GROUP,
    /** A CallManager: every device of every pool whose group lists it. */
    CALL_MANAGER,
    /** A date/time setting: every device of every pool using it. */
    DATE_TIME,
    /** An SRST reference: every device of every pool using it. */
    SRST,
    /** A phone model: XMLDefault and every device of the model. */
    MODEL,
    /** The cluster settings: everything. */
    CLUSTER
}
