package vn.hoclieu.content.ingest.internal;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.OptionalLong;

/** The workers' own rows in {@code content_ingest_worker}: register, beat, leave. */
public final class WorkerRegistry {

    private static final String INSERT = "INSERT INTO content_ingest_worker"
            + " (worker_id, host, pid, started_at, heartbeat_at, current_job_id, version)"
            + " VALUES (?, ?, ?, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), ?, ?)";

    private final DataSource dataSource;

    public WorkerRegistry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Announces a starting worker; a row left by an earlier process with the same id is taken over. */
    public void register(WorkerIdentity worker) throws SQLException {
        upsert(worker, OptionalLong.empty(), INSERT + " ON DUPLICATE KEY UPDATE host = VALUES(host), pid = VALUES(pid),"
                + " started_at = VALUES(started_at), heartbeat_at = VALUES(heartbeat_at),"
                + " current_job_id = VALUES(current_job_id), version = VALUES(version)");
    }

    /**
     * Says "still alive, working on this job". An upsert rather than an update, so a worker whose
     * row was removed meanwhile (by an operator, or by {@link #forgetSilentFor}) reappears.
     */
    public void heartbeat(WorkerIdentity worker, OptionalLong currentJobId) throws SQLException {
        upsert(worker, currentJobId, INSERT + " ON DUPLICATE KEY UPDATE heartbeat_at = VALUES(heartbeat_at),"
                + " current_job_id = VALUES(current_job_id)");
    }

    /** A worker stopping cleanly leaves: the readiness check should not count it. */
    public void remove(String workerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM content_ingest_worker WHERE worker_id = ?")) {
            delete.setString(1, workerId);
            delete.executeUpdate();
        }
    }

    /** Drops rows of workers that died without leaving (killed, host lost); returns how many. */
    public int forgetSilentFor(Duration silence) throws SQLException {
        String sql = "DELETE FROM content_ingest_worker WHERE heartbeat_at < UTC_TIMESTAMP(3) - INTERVAL ? MICROSECOND";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, UtcColumns.micros(silence));
            return delete.executeUpdate();
        }
    }

    private void upsert(WorkerIdentity worker, OptionalLong currentJobId, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, worker.workerId());
            upsert.setString(2, worker.host());
            upsert.setLong(3, worker.pid());
            if (currentJobId.isPresent()) {
                upsert.setLong(4, currentJobId.getAsLong());
            } else {
                upsert.setNull(4, Types.BIGINT);
            }
            upsert.setString(5, worker.version());
            upsert.executeUpdate();
        }
    }
}
