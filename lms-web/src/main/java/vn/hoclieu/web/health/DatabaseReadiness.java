package vn.hoclieu.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.hoclieu.web.platform.HocLieuDataSource;

import javax.sql.DataSource;
import java.sql.Connection;

/** Ready only while MariaDB answers; the reason is in the response when it does not. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = HocLieuDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var check = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return valid ? check.up().withData("product", c.getMetaData().getDatabaseProductVersion()).build()
                    : check.down().withData("reason", "MariaDB unreachable: its connection does not answer").build();
        } catch (Exception e) {
            return check.down().withData("reason", "MariaDB unreachable: " + rootMessage(e)).build();
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
