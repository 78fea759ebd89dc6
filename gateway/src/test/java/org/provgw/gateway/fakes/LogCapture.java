package org.provgw.gateway.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Collects what one logger writes, at every level, and keeps it off the console while it does.
 * Use in try-with-resources.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousAdditive;
    private final List<LogEvent> events = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender;

    private LogCapture(String loggerName) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        logger = context.getLogger(loggerName);
        previousLevel = logger.getLevel();
        previousAdditive = logger.isAdditive();
        appender = new AbstractAppender("capture-" + loggerName, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                events.add(event.toImmutable());
            }
        };
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.ALL);
    }

    /**
     * @param loggerName the logger to capture
     * @return a running capture
     */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /**
     * @param level a level
     * @return the formatted messages logged at exactly that level, in order
     */
    public List<String> messages(Level level) {
        return events.stream().filter(e -> e.getLevel() == level)
                .map(e -> e.getMessage().getFormattedMessage()).toList();
    }

    /** @return every event captured, in order */
    public List<LogEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        logger.removeAppender(appender);
        logger.setAdditive(previousAdditive);
        logger.setLevel(previousLevel);
        appender.stop();
    }
}
