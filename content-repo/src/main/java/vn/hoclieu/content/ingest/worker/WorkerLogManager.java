package vn.hoclieu.content.ingest.worker;

import java.util.logging.LogManager;

/**
 * The JDK's log manager resets (silences) all loggers in a shutdown hook of its own, which runs
 * alongside the worker's: the worker's last lines ("gave back job 42", "stopped") would be lost.
 * This one ignores resets once the worker has set up logging, until the worker's shutdown is done.
 * Installed with {@code -Djava.util.logging.manager}, which {@link IngestWorkerMain} sets first thing.
 */
public final class WorkerLogManager extends LogManager {

    private volatile boolean holding;

    /** From now on, resets wait for {@link #resetNow()}. */
    void hold() {
        holding = true;
    }

    @Override
    public void reset() {
        if (!holding) {
            super.reset();
        }
    }

    /** The reset the shutdown would have done, at the end of the worker's own shutdown. */
    void resetNow() {
        holding = false;
        super.reset();
    }
}
