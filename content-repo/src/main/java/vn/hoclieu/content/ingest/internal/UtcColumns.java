package vn.hoclieu.content.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads the content tables' DATETIME columns, which hold UTC written by {@code UTC_TIMESTAMP()}.
 * DATETIME rather than TIMESTAMP: no session time-zone conversion, and no year-2038 limit.
 */
public final class UtcColumns {

    private UtcColumns() {
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return optionalInstant(row, column).orElseThrow(
                () -> new SQLException("Column " + column + " is NULL where a time was expected"));
    }

    public static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return Optional.ofNullable(value).map(utc -> utc.toInstant(ZoneOffset.UTC));
    }

    /** A duration as a MICROSECOND interval, the unit SQL date arithmetic takes most precisely. */
    public static long micros(java.time.Duration duration) {
        return duration.toNanos() / 1_000;
    }
}
