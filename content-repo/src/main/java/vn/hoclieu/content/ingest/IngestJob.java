package vn.hoclieu.content.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * An ingest job as stored, for showing its status.
 *
 * @param attempts      times a worker has claimed it, the current claim included
 * @param failureReason why the last attempt failed, for people; kept while a retry is pending
 */
public record IngestJob(
        long id,
        String kind,
        String payload,
        IngestJobStatus status,
        int attempts,
        int maxAttempts,
        Instant availableAt,
        Optional<String> claimedBy,
        Optional<Instant> leaseUntil,
        Optional<Instant> finishedAt,
        Optional<String> failureReason,
        Instant createdAt) {
}
