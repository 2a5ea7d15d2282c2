package vn.hoclieu.content.ingest.internal;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The worker's side of {@code content_ingest_job}: claim, renew, report. Every report is fenced by
 * (id, worker, attempt), so a worker that lost its lease cannot overwrite the next holder's work.
 */
public final class JobQueue {

    /** Longest failure reason stored; the rest of a stack of messages helps nobody. */
    static final int MAX_REASON_LENGTH = 4000;

    private static final String COLUMNS = "id, kind, payload, attempts, max_attempts, claimed_by";
    private static final String FENCE = " WHERE id = ? AND status = 'RUNNING' AND claimed_by = ? AND attempts = ?";

    private final DataSource dataSource;
    private final QueueSettings settings;

    public JobQueue(DataSource dataSource, QueueSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    public QueueSettings settings() {
        return settings;
    }

    /**
     * Claims the next job for {@code workerId}, if any: first a job whose holder's lease has expired
     * (older work, interrupted), else the oldest queued job that is due. Row locks are taken with
     * SKIP LOCKED in a short transaction, so concurrent claimers pass each other instead of waiting.
     */
    public Optional<ClaimedJob> claim(String workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, () -> claimIn(connection, workerId));
        }
    }

    private Optional<ClaimedJob> claimIn(Connection connection, String workerId) throws SQLException {
        Optional<Candidate> candidate;
        // a job whose lease ran out on its last attempt most likely kills or hangs workers: give up on it
        while ((candidate = lockOne(connection, "status = 'RUNNING' AND lease_until < UTC_TIMESTAMP(3)")).isPresent()
                && candidate.get().attempts() >= candidate.get().maxAttempts()) {
            failLeaseExpiredOnLastAttempt(connection, candidate.get());
        }
        if (candidate.isEmpty()) {
            candidate = lockOne(connection, "status = 'QUEUED' AND available_at <= UTC_TIMESTAMP(3)");
        }
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Candidate job = candidate.get();
        String sql = "UPDATE content_ingest_job SET status = 'RUNNING', attempts = attempts + 1, claimed_by = ?,"
                + " claimed_at = UTC_TIMESTAMP(3), lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND,"
                + " updated_at = UTC_TIMESTAMP(3) WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, workerId);
            update.setLong(2, UtcColumns.micros(settings.lease()));
            update.setLong(3, job.id());
            update.executeUpdate();
        }
        return Optional.of(new ClaimedJob(job.id(), job.kind(), job.payload(), job.attempts() + 1, job.maxAttempts(), workerId));
    }

    // ORDER BY id over the (status, id) index: the scan stops at the first row it can lock
    private Optional<Candidate> lockOne(Connection connection, String condition) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM content_ingest_job WHERE " + condition
                + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";
        try (PreparedStatement select = connection.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(row.getLong("id"), row.getString("kind"), row.getString("payload"),
                    row.getInt("attempts"), row.getInt("max_attempts"), row.getString("claimed_by")));
        }
    }

    private void failLeaseExpiredOnLastAttempt(Connection connection, Candidate job) throws SQLException {
        String reason = "Worker " + job.claimedBy() + " stopped renewing its lease during attempt " + job.attempts()
                + " of " + job.maxAttempts() + " (it died, hung or lost the database); no attempts left";
        String sql = "UPDATE content_ingest_job SET status = 'FAILED', failure_reason = ?, lease_until = NULL,"
                + " finished_at = UTC_TIMESTAMP(3), updated_at = UTC_TIMESTAMP(3) WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, reason);
            update.setLong(2, job.id());
            update.executeUpdate();
        }
    }

    /** Records success; false if the claim had lapsed and the job is no longer this worker's. */
    public boolean succeed(ClaimedJob job) throws SQLException {
        return fenced(job, "UPDATE content_ingest_job SET status = 'SUCCEEDED', lease_until = NULL, failure_reason = NULL,"
                + " finished_at = UTC_TIMESTAMP(3), updated_at = UTC_TIMESTAMP(3)" + FENCE);
    }

    /**
     * Records a failure that a retry may cure: the job goes back to the queue after its backoff, or
     * fails for good if this was its last attempt.
     */
    public FailureOutcome fail(ClaimedJob job, String reason) throws SQLException {
        if (job.isLastAttempt()) {
            return failForGood(job, reason);
        }
        Duration delay = retryDelayAfter(job);
        boolean requeued = fenced(job, "UPDATE content_ingest_job SET status = 'QUEUED', failure_reason = ?,"
                + " available_at = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND, claimed_by = NULL, claimed_at = NULL,"
                + " lease_until = NULL, updated_at = UTC_TIMESTAMP(3)" + FENCE, readable(reason), UtcColumns.micros(delay));
        return requeued ? FailureOutcome.RETRY_SCHEDULED : FailureOutcome.CLAIM_LOST;
    }

    /** Records a failure no retry can fix (an unknown kind, a payload that makes no sense). */
    public FailureOutcome failForGood(ClaimedJob job, String reason) throws SQLException {
        boolean failed = fenced(job, "UPDATE content_ingest_job SET status = 'FAILED', failure_reason = ?, lease_until = NULL,"
                + " finished_at = UTC_TIMESTAMP(3), updated_at = UTC_TIMESTAMP(3)" + FENCE, readable(reason));
        return failed ? FailureOutcome.FAILED_FOR_GOOD : FailureOutcome.CLAIM_LOST;
    }

    /** How long the job will wait if its current attempt fails. */
    public Duration retryDelayAfter(ClaimedJob job) {
        return settings.backoff().delayAfter(job.attempt());
    }

    /** Extends the lease by a full lease period from now; false if the claim had already lapsed. */
    public boolean renewLease(ClaimedJob job) throws SQLException {
        return fenced(job, "UPDATE content_ingest_job SET lease_until = UTC_TIMESTAMP(3) + INTERVAL ? MICROSECOND,"
                + " updated_at = UTC_TIMESTAMP(3)" + FENCE, UtcColumns.micros(settings.lease()));
    }

    /**
     * Gives the job back untouched, as a stopping worker does: claimable at once, and the
     * interrupted attempt does not count against it.
     */
    public boolean release(ClaimedJob job) throws SQLException {
        return fenced(job, "UPDATE content_ingest_job SET status = 'QUEUED', attempts = attempts - 1,"
                + " available_at = UTC_TIMESTAMP(3), claimed_by = NULL, claimed_at = NULL, lease_until = NULL,"
                + " updated_at = UTC_TIMESTAMP(3)" + FENCE);
    }

    private boolean fenced(ClaimedJob job, String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : values) {
                update.setObject(i++, value);
            }
            update.setLong(i++, job.id());
            update.setString(i++, job.workerId());
            update.setInt(i, job.attempt());
            return update.executeUpdate() == 1;
        }
    }

    private static String readable(String reason) {
        String text = reason == null || reason.isBlank() ? "(no reason given)" : reason.strip();
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        // READ COMMITTED: rows the claim scan looks at but rejects are unlocked at once, and no gap
        // locks block the web app's inserts of new jobs
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            restore(connection, autoCommit, isolation);
        }
    }

    // the connection may go back to a pool, which must not hand out a transaction left open
    private static void restore(Connection connection, boolean autoCommit, int isolation) {
        try {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
        } catch (SQLException brokenConnection) {
            // only a dead connection refuses this; the pool discards it, and the caller already
            // sees the failure that broke it
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private record Candidate(long id, String kind, String payload, int attempts, int maxAttempts, String claimedBy) {
    }
}
