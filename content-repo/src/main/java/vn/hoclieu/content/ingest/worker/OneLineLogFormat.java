package vn.hoclieu.content.ingest.worker;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * {@code 2026-11-28 10:15:30.123 INFO    IngestWorker Claimed job 42 (noop, attempt 1 of 5)}: one line
 * per record, easy to grep and to read in a terminal; a stack trace, when there is one, follows.
 */
public final class OneLineLogFormat extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final ZoneId zone;

    public OneLineLogFormat() {
        this(ZoneId.systemDefault());
    }

    OneLineLogFormat(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(record.getInstant().atZone(zone)))
                .append(' ')
                .append(String.format("%-7s", record.getLevel().getName()))
                .append(' ')
                .append(shortName(record.getLoggerName()))
                .append(' ')
                // a message spread over lines would break grep and the one-line promise
                .append(formatMessage(record).replace("\r", "").replace('\n', ' '))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    // the class name says enough; the package is the same for most lines
    private static String shortName(String loggerName) {
        if (loggerName == null || loggerName.isEmpty()) {
            return "root";
        }
        return loggerName.substring(loggerName.lastIndexOf('.') + 1);
    }
}
