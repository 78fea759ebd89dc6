package org.provgw.provider.sql.internal;

/**
 * The statements the SQL provider runs, each configurable under its key, with the number of
 * values it is given: none, or one (a device name, a pool name, a change id, a time), which is
 * bound to every positional {@code ?} of the statement, so that a statement may use it several
 * times (in a UNION, say). The README and {@code conf/provgw.properties} list the columns each
 * must return.
 */
public enum Query {
    DEVICE("query.device", 1),
    DEVICE_LINES("query.device-lines", 1),
    DEVICE_SPEED_DIALS("query.device-speed-dials", 1),
    DEVICE_SETTINGS("query.device-settings", 1),
    POOL("query.pool", 1),
    POOL_NTP_SERVERS("query.pool-ntp-servers", 1),
    POOL_CALL_MANAGERS("query.pool-call-managers", 1),
    CLUSTER("query.cluster", 0),
    MODELS("query.models", 0),
    DEVICES("query.devices", 0),
    CHANGES("query.changes", 1),
    CHANGES_START("query.changes-start", 0),
    CHANGES_PRUNE("query.changes-prune", 1);

    private final String key;
    private final int parameters;

    Query(String key, int parameters) {
        this.key = key;
        this.parameters = parameters;
    }

    /** @return the setting key, relative to the provider's section */
    public String key() {
        return key;
    }

    /** @return how many values the statement is given: 0 or 1 */
    public int parameters() {
        return parameters;
    }
}
