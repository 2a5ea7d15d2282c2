package vn.hoclieu.content;

import org.mariadb.jdbc.MariaDbDataSource;
import vn.hoclieu.devstack.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Databases for the content module's integration tests, on the test JVM's embedded MariaDB. */
public final class ContentTestDatabase {

    private ContentTestDatabase() {
    }

    /** A new, empty database (no tables at all). */
    public static DataSource empty(String name) {
        return dataSource(TestDatabase.freshDatabase(name));
    }

    /** A new database holding the content schema. */
    public static DataSource migrated(String name) {
        DataSource dataSource = empty(name);
        ContentSchema.migrate(dataSource);
        return dataSource;
    }

    public static DataSource dataSource(String url) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setUser(TestDatabase.USER);
            dataSource.setPassword(TestDatabase.PASSWORD);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static long count(DataSource dataSource, String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
