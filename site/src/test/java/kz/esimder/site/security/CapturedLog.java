package kz.esimder.site.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Everything the site's JVM logs through Logback (the site's backend) from now on, as the lines a log file would hold. */
final class CapturedLog {
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog() {}

    static CapturedLog start() {
        CapturedLog log = new CapturedLog();
        log.appender.setName("esimder-test-capture");
        log.appender.start();
        root().addAppender(log.appender);
        return log;
    }

    void stop() {
        root().detachAppender(appender);
        appender.stop();
    }

    /** The events a production log at INFO keeps: logger name, message and any exception message. */
    List<String> linesAtInfoOrAbove() {
        synchronized (appender.list) {
            return appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage()
                            + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                    .toList();
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
