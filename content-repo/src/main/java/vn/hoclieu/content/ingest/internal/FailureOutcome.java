package vn.hoclieu.content.ingest.internal;

/** What became of a job its worker reported as failed. */
public enum FailureOutcome {
    /** Back in the queue, claimable after its backoff. */
    RETRY_SCHEDULED,
    FAILED_FOR_GOOD,
    /** The worker's claim had lapsed and the job was someone else's by then: nothing changed. */
    CLAIM_LOST
}
