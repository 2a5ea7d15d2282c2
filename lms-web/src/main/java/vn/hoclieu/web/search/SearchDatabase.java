package vn.hoclieu.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * Plain driver connections for the search outbox, outside the container's JTA pool. The drainer
 * commits its own JDBC transactions batch by batch; doing that on the JTA pool's connections
 * (even with no container transaction) left them unusable for the application's next
 * transactions (RAR5027 / JTS5031). One connection per batch, every two seconds at most.
 */
@ApplicationScoped
public class SearchDatabase {

    @Inject
    @ConfigProperty(name = "hoclieu.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "hoclieu.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "hoclieu.db.password")
    String password;

    private volatile MariaDbDataSource dataSource;

    public DataSource dataSource() {
        if (dataSource == null) {
            try {
                MariaDbDataSource plain = new MariaDbDataSource(url);
                plain.setUser(user);
                plain.setPassword(password);
                dataSource = plain;
            } catch (SQLException e) {
                throw new IllegalStateException("Unusable database URL for search: " + e.getMessage(), e);
            }
        }
        return dataSource;
    }
}
