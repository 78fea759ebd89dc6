package org.provgw.tftp.server;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.SocketAddresses;

/**
 * What the endpoint drops without a transfer or an access-log line: packets from addresses
 * outside the allowlist, refusals with no socket to send them from, requests refused because
 * the port range was full, and stray packets on a single port. Each is counted and logged at
 * most every few seconds. Thread-safe.
 */
final class TftpCounters {

    private static final Logger LOG = LogManager.getLogger(TftpCounters.class);
    private static final long REPORT_INTERVAL = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong notAllowed = new AtomicLong();
    private final AtomicLong refusalsDropped = new AtomicLong();
    private final AtomicLong rangeFull = new AtomicLong();
    private final AtomicLong stray = new AtomicLong();
    private final RateLimitedLog notAllowedLog = new RateLimitedLog(LOG, Level.INFO,
            "packets dropped from addresses outside tftp.allow", REPORT_INTERVAL);
    private final RateLimitedLog refusalsDroppedLog = new RateLimitedLog(LOG, Level.WARN,
            "requests dropped unanswered: no free port in tftp.port-range to send the refusal from", REPORT_INTERVAL);
    private final RateLimitedLog rangeFullLog = new RateLimitedLog(LOG, Level.WARN,
            "requests answered 'server busy': every port of tftp.port-range is in use", REPORT_INTERVAL);
    private final RateLimitedLog strayLog = new RateLimitedLog(LOG, Level.DEBUG,
            "DATA, ACK or ERROR packets dropped on a single port: no transfer with their sender", REPORT_INTERVAL);

    void notAllowed(InetSocketAddress client, InetSocketAddress local) {
        notAllowed.incrementAndGet();
        notAllowedLog.record(() -> SocketAddresses.format(client) + " to " + SocketAddresses.format(local));
    }

    void refusalDropped(InetSocketAddress client) {
        refusalsDropped.incrementAndGet();
        refusalsDroppedLog.record(() -> SocketAddresses.format(client));
    }

    void rangeFull(InetSocketAddress client) {
        rangeFull.incrementAndGet();
        rangeFullLog.record(() -> SocketAddresses.format(client));
    }

    void stray(InetSocketAddress from) {
        stray.incrementAndGet();
        strayLog.record(() -> SocketAddresses.format(from));
    }

    /** @return packets dropped because their source is outside the listener's allowlist */
    long notAllowed() {
        return notAllowed.get();
    }

    /** @return refusals that could not be sent: no socket in the port range could send them */
    long refusalsDropped() {
        return refusalsDropped.get();
    }

    /** @return requests refused because every port of the range was in use */
    long rangeFull() {
        return rangeFull.get();
    }

    /** @return DATA, ACK and ERROR packets on a single port from a sender without a transfer */
    long stray() {
        return stray.get();
    }
}
