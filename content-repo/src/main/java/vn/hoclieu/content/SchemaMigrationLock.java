package vn.hoclieu.content;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * One migration at a time across every process sharing the database (the application and each
 * worker), by a MariaDB named lock. Flyway locks during migrate, but not while it creates a
 * module's history table: two processes starting together on an empty database both try, and
 * one fails. Every module's migration runs inside this lock.
 */
public final class SchemaMigrationLock {

    static final String NAME = "hoclieu.schema-migration";
    private static final int WAIT_SECONDS = 300;

    private SchemaMigrationLock() {
    }

    public static <T> T holding(DataSource dataSource, Supplier<T> migration) {
        try (Connection connection = dataSource.getConnection()) {
            acquire(connection);
            try {
                return migration.get();
            } finally {
                try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, NAME);
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration lock unavailable: " + e.getMessage(), e);
        }
    }

    private static void acquire(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, NAME);
            lock.setInt(2, WAIT_SECONDS);
            try (ResultSet result = lock.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("another process held the schema migration lock for " + WAIT_SECONDS + " s");
                }
            }
        }
    }
}
