package vn.hoclieu.content.ingest;

import vn.hoclieu.content.ingest.internal.UtcColumns;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts work in front of the ingest workers and shows how it went. Plain JDBC, so the worker
 * process and the web application (inside its own transaction) use the same code.
 */
public final class IngestJobs {

    /** Attempts a job gets unless the caller says otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    // kinds name handlers in every worker's registry: keep them plain
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    private IngestJobs() {
    }

    /**
     * Queues a job inside the caller's transaction: the job exists exactly when the caller's
     * other changes (say, the new material version) commit.
     *
     * @param payload a JSON document the handler of {@code kind} understands
     * @return the job's id
     */
    public static long enqueue(Connection connection, String kind, String payload) throws SQLException {
        return enqueue(connection, kind, payload, DEFAULT_MAX_ATTEMPTS);
    }

    public static long enqueue(Connection connection, String kind, String payload, int maxAttempts) throws SQLException {
        requireKind(kind);
        if (payload == null) {
            throw new IllegalArgumentException("An ingest job needs a JSON payload; use {} for none");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        String sql = "INSERT INTO content_ingest_job (kind, payload, status, max_attempts, available_at, created_at, updated_at)"
                + " VALUES (?, ?, 'QUEUED', ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind);
            insert.setString(2, payload);
            insert.setInt(3, maxAttempts);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Queues a job in a transaction of its own. */
    public static long enqueue(DataSource dataSource, String kind, String payload) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return enqueue(connection, kind, payload);
        }
    }

    public static Optional<IngestJob> find(DataSource dataSource, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, id);
        }
    }

    public static Optional<IngestJob> find(Connection connection, long id) throws SQLException {
        String sql = "SELECT id, kind, payload, status, attempts, max_attempts, available_at, claimed_by,"
                + " lease_until, finished_at, failure_reason, created_at FROM content_ingest_job WHERE id = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static IngestJob read(ResultSet row) throws SQLException {
        return new IngestJob(
                row.getLong("id"),
                row.getString("kind"),
                row.getString("payload"),
                IngestJobStatus.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getInt("max_attempts"),
                UtcColumns.instant(row, "available_at"),
                Optional.ofNullable(row.getString("claimed_by")),
                UtcColumns.optionalInstant(row, "lease_until"),
                UtcColumns.optionalInstant(row, "finished_at"),
                Optional.ofNullable(row.getString("failure_reason")),
                UtcColumns.instant(row, "created_at"));
    }

    private static void requireKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Not a job kind: '" + kind
                    + "' (lower-case letters, digits, '_', '.', '-'; starting with a letter)");
        }
    }
}
