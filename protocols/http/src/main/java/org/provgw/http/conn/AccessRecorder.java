package org.provgw.http.conn;

import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;
import org.provgw.protocol.Outcome;
import org.provgw.provider.Protocol;

/**
 * Ends exchanges: logs each one exactly once and gives back what its response held (the file,
 * the serving-limit slot). Called under the connection's lock.
 */
final class AccessRecorder {

    private static final Logger LOG = LogManager.getLogger(AccessRecorder.class);

    private final Protocol protocol;
    private final AccessLog accessLog;
    private final LongSupplier clock;

    AccessRecorder(Protocol protocol, AccessLog accessLog, LongSupplier clock) {
        this.protocol = protocol;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * @param exchange an exchange whose reply is known; a second call does nothing
     * @param outcome how it ended
     * @param completed whether every byte of the response was sent
     */
    void finish(Exchange exchange, Outcome outcome, boolean completed) {
        if (exchange.finished) {
            return;
        }
        exchange.finished = true;
        if (exchange.stream != null) {
            exchange.stream.release();
        }
        if (exchange.zeroCopyFile != null) {
            exchange.zeroCopyFile.close();
        }
        Reply reply = exchange.reply;
        try {
            reply.release().close();
        } catch (Exception e) {
            LOG.warn("releasing the response to {} failed", reply.log().client(), e);
        }
        AccessTemplate log = reply.log();
        long millis = (clock.getAsLong() - exchange.startedNanos) / 1_000_000;
        accessLog.record(new AccessRecord(protocol, log.client(), log.file(), log.provider(), exchange.bodySent,
                completed ? 1 : 0, 0, millis, outcome, log.detail()));
    }

    /**
     * @param exchange an exchange cut short
     * @param closeOutcome why the server ended the connection, or null when the client did
     * @return an error outcome the response planned, else why the connection ended
     */
    static Outcome cutShort(Exchange exchange, Outcome closeOutcome) {
        Outcome planned = exchange.reply.log().outcome();
        if (planned != Outcome.COMPLETED) {
            return planned;
        }
        return closeOutcome != null ? closeOutcome : Outcome.CLIENT_ABORTED;
    }
}
