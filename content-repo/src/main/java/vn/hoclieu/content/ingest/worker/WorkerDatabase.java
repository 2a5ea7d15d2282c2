package vn.hoclieu.content.ingest.worker;

import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;

/**
 * The worker's connections: a plain driver data source, one connection per claim or heartbeat
 * (about one a second when idle). No pool on purpose: the driver's pool hides why a connection
 * failed ("no connection available within the specified time") and keeps retrying in the
 * background, while the worker must say plainly that the database is unreachable, and why.
 */
final class WorkerDatabase {

    /** Reports an unreachable database within seconds, not after the driver's default 30. */
    static final String DEFAULT_CONNECT_TIMEOUT_MILLIS = "5000";

    private WorkerDatabase() {
    }

    static MariaDbDataSource open(WorkerConfig config) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(withDefaults(config.dbUrl()));
        dataSource.setUser(config.dbUser());
        dataSource.setPassword(config.dbPassword());
        return dataSource;
    }

    /** The URL with the worker's connect timeout, unless the URL sets one itself. */
    static String withDefaults(String url) {
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (pair.split("=", 2)[0].equalsIgnoreCase("connectTimeout")) {
                    return url;
                }
            }
        }
        return url + (query < 0 ? "?" : "&") + "connectTimeout=" + DEFAULT_CONNECT_TIMEOUT_MILLIS;
    }
}
