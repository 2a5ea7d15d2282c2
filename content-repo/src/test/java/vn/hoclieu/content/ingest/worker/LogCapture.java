package vn.hoclieu.content.ingest.worker;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What the worker logs, as the one-line text an operator would read. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger(IngestWorker.class.getName());
    private final OneLineLogFormat format = new OneLineLogFormat();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    LogCapture() {
        setLevel(Level.ALL);
        logger.addHandler(this);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        lines.add(format.format(record).lines().findFirst().orElse(""));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
