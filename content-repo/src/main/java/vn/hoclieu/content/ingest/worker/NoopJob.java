package vn.hoclieu.content.ingest.worker;

import vn.hoclieu.content.ingest.internal.ClaimedJob;

import java.util.logging.Logger;

/** Does nothing and succeeds: proves a worker is claiming and reporting, end to end. */
public final class NoopJob implements JobHandler {

    public static final String KIND = "noop";

    private static final Logger LOG = Logger.getLogger(NoopJob.class.getName());

    @Override
    public void handle(ClaimedJob job) {
        LOG.info(() -> "Nothing to do for " + job + ", payload " + job.payload());
    }
}
