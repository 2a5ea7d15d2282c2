package vn.hoclieu.content.ingest.worker;

import vn.hoclieu.content.ingest.internal.ClaimedJob;

/**
 * Does the work of one job kind. Returning normally means success. Throwing
 * {@link PermanentJobFailure} means no retry can help (a payload that makes no sense); any other
 * exception is taken for a passing trouble and the job is retried after a backoff. The exception's
 * message becomes the job's failure reason, which people read: make it say what went wrong.
 *
 * <p>Handlers must be idempotent: a job whose worker died is run again from the start.
 *
 * <p>Where time limits go: a handler runs on the worker's polling thread and may take as long as
 * it needs, because the worker's heartbeat keeps renewing the job's lease meanwhile. Handlers of
 * untrusted input (Tika parsing, FFmpeg transcoding) will therefore not parse inside this JVM:
 * they hand each job to a child process (reused from job to job, see IsolatedTaskRunner), wait
 * for it with a per-kind deadline and kill it when the deadline passes, then throw an ordinary
 * (retryable) exception saying so. A thread cannot stop a parser that ignores interrupts, and a
 * native crash in a child leaves the worker standing. Such handlers stop their child in {@link #close()}.
 */
@FunctionalInterface
public interface JobHandler {

    void handle(ClaimedJob job) throws Exception;

    /** Releases what the handler holds across jobs (a child process); called once the worker has stopped. */
    default void close() throws Exception {
    }
}
