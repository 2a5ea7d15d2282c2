package vn.hoclieu.content.ingest;

/** Where an ingest job is in its life. */
public enum IngestJobStatus {
    /** Waiting for a worker; after a failure, waiting for its retry time. */
    QUEUED,
    /** Claimed by a worker that holds a lease on it. */
    RUNNING,
    SUCCEEDED,
    /** Failed for good: out of attempts, or a failure no retry can fix. */
    FAILED
}
