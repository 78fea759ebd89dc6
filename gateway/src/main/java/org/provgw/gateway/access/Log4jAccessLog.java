package org.provgw.gateway.access;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.provgw.protocol.AccessLog;
import org.provgw.protocol.AccessRecord;

/**
 * Writes one {@link AccessLineFormat} line per transfer to the log4j logger {@value #LOGGER} at
 * INFO. Where the lines go (a separate file, syslog) is the logging configuration's choice.
 */
public final class Log4jAccessLog implements AccessLog {

    /** The logger name the access lines are written to. */
    public static final String LOGGER = "provgw.access";

    private static final Logger ACCESS = LogManager.getLogger(LOGGER);

    @Override
    public void record(AccessRecord record) {
        if (ACCESS.isInfoEnabled()) {
            // passed as a parameter so that braces in a file name are never read as placeholders
            ACCESS.info("{}", AccessLineFormat.format(record));
        }
    }
}
