package vn.hoclieu.content.ingest.internal;

import java.time.Duration;

/**
 * @param lease   how long a claim holds without renewal; a worker that dies mid-job leaves its job
 *                claimable again this long after its last renewal
 * @param backoff how long a failed job waits before its retry
 */
public record QueueSettings(Duration lease, RetryBackoff backoff) {

    /**
     * Workers renew every 5 s, so a 60 s lease survives many missed renewals (GC pause, short
     * database hiccup) before another worker runs the job a second time.
     */
    public static final QueueSettings DEFAULTS = new QueueSettings(
            Duration.ofSeconds(60), new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(30)));
}
