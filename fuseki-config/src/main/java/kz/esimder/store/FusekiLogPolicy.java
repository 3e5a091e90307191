package kz.esimder.store;

import java.util.List;

import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.Fuseki;
import org.slf4j.LoggerFactory;

/**
 * Fuseki logs every request at INFO with its whole URL ({@code ?query=...}: names, person IRIs)
 * and the query text. Those loggers are set to WARN, whatever the backend (Logback in the site,
 * Log4j2 in a standalone Fuseki, java.util.logging), and {@link RequestLogFilter} logs requests
 * instead, without query text. For a standalone Fuseki, fuseki-config/log4j2.properties does the same.
 */
public final class FusekiLogPolicy {
    /** The Fuseki loggers that print query text or full request URLs at INFO. */
    public static final List<String> QUERY_TEXT_LOGGERS =
            List.of(Fuseki.actionLogName, Fuseki.requestLogName, Fuseki.servletRequestLogName);

    private FusekiLogPolicy() {}

    public static void apply() {
        boolean logback = LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback");
        for (String name : QUERY_TEXT_LOGGERS) {
            if (logback) LogbackLevels.warn(name);
            else LogCtl.setLevel(name, "warn");
        }
    }

    /** Separate so that Logback classes are only loaded when Logback is the backend. */
    private static final class LogbackLevels {
        static void warn(String name) {
            ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name);
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
