package vn.hoclieu.content.ingest;

import vn.hoclieu.content.ingest.internal.UtcColumns;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** Whether any ingest worker is alive, for the web application's readiness check. */
public final class WorkerHeartbeats {

    /**
     * Workers beat every 5 s; a worker silent for this long is taken for dead. Generous, so that a
     * long GC pause or a short database outage does not flap the readiness check.
     */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(95);

    private WorkerHeartbeats() {
    }

    public static HeartbeatSummary latest(DataSource dataSource) throws SQLException {
        return latest(dataSource, DEFAULT_WINDOW);
    }

    public static HeartbeatSummary latest(DataSource dataSource, Duration window) throws SQLException {
        // compared on the database clock: workers on other hosts may have skewed clocks
        String sql = "SELECT MAX(heartbeat_at) AS last_heartbeat,"
                + " COALESCE(SUM(heartbeat_at >= UTC_TIMESTAMP(3) - INTERVAL ? MICROSECOND), 0) AS alive,"
                + " UTC_TIMESTAMP(3) AS checked_at"
                + " FROM content_ingest_worker";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, window.toNanos() / 1_000);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new HeartbeatSummary(
                        UtcColumns.optionalInstant(row, "last_heartbeat"),
                        row.getInt("alive"),
                        window,
                        UtcColumns.instant(row, "checked_at"));
            }
        }
    }
}
