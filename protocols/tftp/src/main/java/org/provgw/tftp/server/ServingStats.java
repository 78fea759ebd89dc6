package org.provgw.tftp.server;

import org.provgw.protocol.ServingLimit;

/**
 * A snapshot of the endpoint's serving limit, for tests and the log line at stop.
 *
 * @param inUse transfers (and requests being looked up) holding a slot now
 * @param clients client addresses holding a slot now
 * @param granted slots granted since start
 * @param refusedTotal requests refused because {@code tftp.max-transfers} was reached
 * @param refusedPerClient requests refused because {@code tftp.max-transfers-per-client} was reached
 */
public record ServingStats(int inUse, int clients, long granted, long refusedTotal, long refusedPerClient) {

    static ServingStats of(ServingLimit limit) {
        return new ServingStats(limit.inUse(), limit.clients(), limit.granted(), limit.refusedTotal(),
                limit.refusedPerClient());
    }
}
